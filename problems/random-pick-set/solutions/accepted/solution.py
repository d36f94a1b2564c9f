import random


class RandomizedSet:

    def __init__(self):
        self.items = []  # the elements, in no particular order
        self.where = {}  # value -> its index in items

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
        if index < len(self.items):  # val was not the last element: move the last one into its slot
            self.items[index] = last
            self.where[last] = index
        return True

    def getRandom(self) -> int:
        return self.items[random.randrange(len(self.items))]
