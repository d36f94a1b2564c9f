class TokenBucketLimiter:
    """Restarts the refill clock at every call instead of keeping the moments fixed from the first
    request: the part of an interval that had passed at the call is lost."""

    def __init__(self, capacity: int, refillMs: int):
        self.capacity = capacity
        self.refill = refillMs
        self.buckets = {}  # client -> [time of the last call, tokens]

    def _update(self, bucket, timeMs):
        gained = (timeMs - bucket[0]) // self.refill
        bucket[1] = min(self.capacity, bucket[1] + gained)
        bucket[0] = timeMs

    def allow(self, client: str, timeMs: int, cost: int) -> bool:
        bucket = self.buckets.get(client)
        if bucket is None:
            bucket = self.buckets[client] = [timeMs, self.capacity]
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
