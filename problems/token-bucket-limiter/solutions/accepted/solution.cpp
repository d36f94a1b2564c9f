class TokenBucketLimiter {
    struct Bucket {
        long long start;    // the time of the client's first request
        long long tokens;
        long long counted;  // refill moments already added (or lost to a full bucket)
    };

    long long capacity, refill;
    unordered_map<string, Bucket> buckets;

    void update(Bucket& b, long long timeMs) {
        long long done = (timeMs - b.start) / refill;
        if (done != b.counted) {
            b.tokens = min(capacity, b.tokens + (done - b.counted));
            b.counted = done;
        }
    }

public:
    TokenBucketLimiter(int capacity, int refillMs) : capacity(capacity), refill(refillMs) {
        buckets.reserve(1 << 17);
    }

    bool allow(string client, long long timeMs, int cost) {
        auto it = buckets.find(client);
        if (it == buckets.end()) {
            it = buckets.emplace(client, Bucket{timeMs, capacity, 0}).first;
        } else {
            update(it->second, timeMs);
        }
        Bucket& b = it->second;
        if (b.tokens >= cost) {
            b.tokens -= cost;
            return true;
        }
        return false;
    }

    long long tokens(string client, long long timeMs) {
        auto it = buckets.find(client);
        if (it == buckets.end()) return capacity;
        update(it->second, timeMs);
        return it->second.tokens;
    }
};
