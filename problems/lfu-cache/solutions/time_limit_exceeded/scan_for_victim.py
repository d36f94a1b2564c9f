# Naive: remember each key's use count and the time of its last use, and on every eviction scan
# all the entries for the smallest (count, time) pair: O(capacity) per eviction.
class LFUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.rank = {}  # key -> [use count, time of last use]
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        r = self.rank[key]
        r[0] += 1
        r[1] = self.clock

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
            victim = min(self.rank, key=self.rank.__getitem__)
            del self.values[victim]
            del self.rank[victim]
        self.clock += 1
        self.values[key] = value
        self.rank[key] = [1, self.clock]
