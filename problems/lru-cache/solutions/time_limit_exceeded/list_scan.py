# Naive: the values in a dict, the order of use in a plain list that is walked on every use to
# find the key: O(capacity) per call.
class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.order = []  # least recently used first

    def touch(self, key: int) -> None:
        for i, k in enumerate(self.order):
            if k == key:
                del self.order[i]
                break
        self.order.append(key)

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            del self.values[self.order.pop(0)]
        self.values[key] = value
        self.touch(key)
