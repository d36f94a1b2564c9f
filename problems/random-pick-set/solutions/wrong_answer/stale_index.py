# Removal swaps the last element into the freed slot but forgets to record its new index, so a
# later remove of that element frees the wrong slot, and the array keeps a removed value that
# getRandom can return.
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
        if val not in self.where:
            return False
        index = self.where.pop(val)
        last = self.items.pop()
        if index < len(self.items):
            self.items[index] = last  # where[last] still holds its old index
        return True

    def getRandom(self) -> int:
        return random.choice(self.items)
