# An off-by-one in the random index: randint includes both ends, so the "fix" len - 2 makes the
# array's last element impossible to draw (a set of two always gives its first element).
import random


class RandomizedSet:

    def __init__(self):
        self.items = []
        self.where = {}

    def insert(self, val: int) -> bool:
        if val in self.where:
            return False
        self.where[val] = len(self.items)
        self.items.append(val)
        return True

    def remove(self, val: int) -> bool:
        index = self.where.pop(val, None)
        if index is None:
            return False
        last = self.items.pop()
        if index < len(self.items):
            self.items[index] = last
            self.where[last] = index
        return True

    def getRandom(self) -> int:
        if len(self.items) == 1:
            return self.items[0]
        return self.items[random.randint(0, len(self.items) - 2)]
