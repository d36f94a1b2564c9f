var HitCounter = function() {
    this.seconds = [];  // a queue of seconds, oldest first, from index head on
    this.counts = [];   // hits in each of those seconds
    this.head = 0;
    this.total = 0;
};

HitCounter.prototype.expire = function(timestamp) {
    while (this.head < this.seconds.length && this.seconds[this.head] <= timestamp - 300) {
        this.total -= this.counts[this.head++];
    }
};

/**
 * @param {number} timestamp
 * @return {void}
 */
HitCounter.prototype.hit = function(timestamp) {
    this.expire(timestamp);
    const last = this.seconds.length - 1;
    if (this.head <= last && this.seconds[last] === timestamp) {
        this.counts[last]++;
    } else {
        this.seconds.push(timestamp);
        this.counts.push(1);
    }
    this.total++;
};

/**
 * @param {number} timestamp
 * @return {number}
 */
HitCounter.prototype.getHits = function(timestamp) {
    this.expire(timestamp);
    return this.total;
};
