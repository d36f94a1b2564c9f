class TokenBucketLimiter:

    def __init__(self, capacity: int, refillMs: int):
        self.capacity = capacity
        self.refill = refillMs
        # client -> [first request time, tokens, refill moments counted so far]
        self.buckets = {}

    def _update(self, bucket, timeMs):
        done = (timeMs - bucket[0]) // self.refill
        if done != bucket[2]:
            bucket[1] = min(self.capacity, bucket[1] + done - bucket[2])
            bucket[2] = done

    def allow(self, client: str, timeMs: int, cost: int) -> bool:
        bucket = self.buckets.get(client)
        if bucket is None:
            bucket = self.buckets[client] = [timeMs, self.capacity, 0]
        else:
            self._update(bucket, timeMs)
        if bucket[1] >= cost:
            bucket[1] -= cost
            return True
        return False

    def tokens(self, client: str, timeMs: int) -> int:
        bucket = self.buckets.get(client)
        if bucket is None:
            return self.capacity
        self._update(bucket, timeMs)
        return bucket[1]
