class MinStack:

    def __init__(self):
        self.items = []
        self.mins = []  # mins[i]: the smallest of items[0..i]

    def push(self, val: int) -> None:
        self.items.append(val)
        self.mins.append(val if not self.mins or val < self.mins[-1] else self.mins[-1])

    def pop(self) -> None:
        self.items.pop()
        self.mins.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.mins[-1]
