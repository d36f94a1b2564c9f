class TokenBucketLimiter {
    /**
     * @param {number} capacity
     * @param {number} refillMs
     */
    constructor(capacity, refillMs) {
        this.capacity = capacity;
        this.refill = refillMs;
        // client -> {start: first request time, tokens, counted: refill moments counted so far}
        this.buckets = new Map();
    }

    update(b, timeMs) {
        // timeMs <= 10^12: exact in a double, and so is the quotient
        const done = Math.floor((timeMs - b.start) / this.refill);
        if (done !== b.counted) {
            b.tokens = Math.min(this.capacity, b.tokens + (done - b.counted));
            b.counted = done;
        }
    }

    /**
     * @param {string} client
     * @param {number} timeMs
     * @param {number} cost
     * @return {boolean}
     */
    allow(client, timeMs, cost) {
        let b = this.buckets.get(client);
        if (b === undefined) {
            b = {start: timeMs, tokens: this.capacity, counted: 0};
            this.buckets.set(client, b);
        } else {
            this.update(b, timeMs);
        }
        if (b.tokens >= cost) {
            b.tokens -= cost;
            return true;
        }
        return false;
    }

    /**
     * @param {string} client
     * @param {number} timeMs
     * @return {number}
     */
    tokens(client, timeMs) {
        const b = this.buckets.get(client);
        if (b === undefined) return this.capacity;
        this.update(b, timeMs);
        return b.tokens;
    }
}
