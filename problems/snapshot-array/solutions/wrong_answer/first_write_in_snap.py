# Every set appends to the position's history, even several times before one snap; the lookup
# then finds the FIRST entry with the asked snap id, so an overwritten value comes back.
from bisect import bisect_left


class SnapshotArray:

    def __init__(self, length: int):
        self.snaps = 0
        self.ids = [[] for _ in range(length)]
        self.vals = [[] for _ in range(length)]

    def set(self, index: int, val: int) -> None:
        self.ids[index].append(self.snaps)
        self.vals[index].append(val)

    def snap(self) -> int:
        self.snaps += 1
        return self.snaps - 1

    def get(self, index: int, snapId: int) -> int:
        ids = self.ids[index]
        i = bisect_left(ids, snapId)
        if i < len(ids) and ids[i] == snapId:
            return self.vals[index][i]
        return self.vals[index][i - 1] if i else 0
