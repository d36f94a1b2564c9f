from collections import OrderedDict


class LFUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}  # key -> value
        self.counts = {}  # key -> use count
        self.buckets = {}  # use count -> OrderedDict of its keys, least recently used first
        self.min_count = 0

    def _touch(self, key):
        count = self.counts[key]
        bucket = self.buckets[count]
        del bucket[key]
        if not bucket:
            del self.buckets[count]
            if self.min_count == count:
                self.min_count = count + 1
        self.counts[key] = count + 1
        nxt = self.buckets.get(count + 1)
        if nxt is None:
            nxt = self.buckets[count + 1] = OrderedDict()
        nxt[key] = None

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self.values[key] = value
            self._touch(key)
            return
        if len(self.values) == self.capacity:
            bucket = self.buckets[self.min_count]
            victim, _ = bucket.popitem(last=False)
            if not bucket:
                del self.buckets[self.min_count]
            del self.values[victim]
            del self.counts[victim]
        self.values[key] = value
        self.counts[key] = 1
        ones = self.buckets.get(1)
        if ones is None:
            ones = self.buckets[1] = OrderedDict()
        ones[key] = None
        self.min_count = 1
