class TokenBucketLimiter:
    """Walks the refill moments one at a time up to the current time: linear in the number of
    refill intervals since the client's previous call, which is huge after a long pause."""

    def __init__(self, capacity: int, refillMs: int):
        self.capacity = capacity
        self.refill = refillMs
        self.buckets = {}  # client -> [next refill moment, tokens]

    def _update(self, bucket, timeMs):
        while bucket[0] <= timeMs:
            if bucket[1] < self.capacity:
                bucket[1] += 1
            bucket[0] += self.refill

    def allow(self, client: str, timeMs: int, cost: int) -> bool:
        bucket = self.buckets.get(client)
        if bucket is None:
            bucket = self.buckets[client] = [timeMs + self.refill, self.capacity]
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
