/**
 * @param {number} capacity
 */
var LRUCache = function(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // a Map iterates in insertion order: least recently used first
};

/**
 * @param {number} key
 * @return {number}
 */
LRUCache.prototype.get = function(key) {
    if (!this.entries.has(key)) {
        return -1;
    }
    const value = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
};

/**
 * @param {number} key
 * @param {number} value
 * @return {void}
 */
LRUCache.prototype.put = function(key, value) {
    if (this.entries.has(key)) {
        this.entries.delete(key);
    } else if (this.entries.size === this.capacity) {
        this.entries.delete(this.entries.keys().next().value);
    }
    this.entries.set(key, value);
};
