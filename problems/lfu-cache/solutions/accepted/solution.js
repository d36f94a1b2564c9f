/**
 * @param {number} capacity
 */
var LFUCache = function(capacity) {
    this.capacity = capacity;
    this.values = new Map();   // key -> value
    this.counts = new Map();   // key -> use count
    this.buckets = new Map();  // use count -> Set of keys, least recently used first
    this.minCount = 0;
};

LFUCache.prototype.touch = function(key) {
    const count = this.counts.get(key);
    const bucket = this.buckets.get(count);
    bucket.delete(key);
    if (bucket.size === 0) {
        this.buckets.delete(count);
        if (this.minCount === count) this.minCount = count + 1;
    }
    this.counts.set(key, count + 1);
    let next = this.buckets.get(count + 1);
    if (next === undefined) {
        next = new Set();
        this.buckets.set(count + 1, next);
    }
    next.add(key);
};

/**
 * @param {number} key
 * @return {number}
 */
LFUCache.prototype.get = function(key) {
    const value = this.values.get(key);
    if (value === undefined) return -1;
    this.touch(key);
    return value;
};

/**
 * @param {number} key
 * @param {number} value
 * @return {void}
 */
LFUCache.prototype.put = function(key, value) {
    if (this.values.has(key)) {
        this.values.set(key, value);
        this.touch(key);
        return;
    }
    if (this.values.size === this.capacity) {
        const bucket = this.buckets.get(this.minCount);
        const victim = bucket.values().next().value;
        bucket.delete(victim);
        if (bucket.size === 0) this.buckets.delete(this.minCount);
        this.values.delete(victim);
        this.counts.delete(victim);
    }
    this.values.set(key, value);
    this.counts.set(key, 1);
    let ones = this.buckets.get(1);
    if (ones === undefined) {
        ones = new Set();
        this.buckets.set(1, ones);
    }
    ones.add(key);
    this.minCount = 1;
};
