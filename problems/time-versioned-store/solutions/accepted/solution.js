var TimeMap = function() {
    this.histories = new Map();  // key -> {times, values}
};

/**
 * @param {string} key
 * @param {string} value
 * @param {number} timestamp
 * @return {void}
 */
TimeMap.prototype.set = function(key, value, timestamp) {
    let h = this.histories.get(key);
    if (h === undefined) {
        h = { times: [], values: [] };
        this.histories.set(key, h);
    }
    h.times.push(timestamp);
    h.values.push(value);
};

/**
 * @param {string} key
 * @param {number} timestamp
 * @return {string}
 */
TimeMap.prototype.get = function(key, timestamp) {
    const h = this.histories.get(key);
    if (h === undefined) return "";
    let lo = 0, hi = h.times.length;  // the first version later than timestamp
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (h.times[mid] <= timestamp) lo = mid + 1;
        else hi = mid;
    }
    return lo === 0 ? "" : h.values[lo - 1];
};
