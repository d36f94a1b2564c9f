class TokenBucketLimiter {
    private static final class Bucket {
        final long start;  // the time of the client's first request
        long tokens;
        long counted;      // refill moments already added (or lost to a full bucket)

        Bucket(long start, long tokens) {
            this.start = start;
            this.tokens = tokens;
        }
    }

    private final long capacity;
    private final long refill;
    private final HashMap<String, Bucket> buckets = new HashMap<>();

    public TokenBucketLimiter(int capacity, int refillMs) {
        this.capacity = capacity;
        this.refill = refillMs;
    }

    private void update(Bucket b, long timeMs) {
        long done = (timeMs - b.start) / refill;
        if (done != b.counted) {
            b.tokens = Math.min(capacity, b.tokens + (done - b.counted));
            b.counted = done;
        }
    }

    public boolean allow(String client, long timeMs, int cost) {
        Bucket b = buckets.get(client);
        if (b == null) {
            b = new Bucket(timeMs, capacity);
            buckets.put(client, b);
        } else {
            update(b, timeMs);
        }
        if (b.tokens >= cost) {
            b.tokens -= cost;
            return true;
        }
        return false;
    }

    public long tokens(String client, long timeMs) {
        Bucket b = buckets.get(client);
        if (b == null) return capacity;
        update(b, timeMs);
        return b.tokens;
    }
}
