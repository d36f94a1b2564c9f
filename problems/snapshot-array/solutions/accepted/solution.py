from bisect import bisect_right


class SnapshotArray:

    def __init__(self, length: int):
        self.snaps = 0
        # Per position its history: the snap ids at which it changed (increasing) and the values.
        self.ids = {}
        self.vals = {}

    def set(self, index: int, val: int) -> None:
        ids = self.ids.get(index)
        if ids is None:
            self.ids[index] = [self.snaps]
            self.vals[index] = [val]
        elif ids[-1] == self.snaps:
            self.vals[index][-1] = val
        else:
            ids.append(self.snaps)
            self.vals[index].append(val)

    def snap(self) -> int:
        self.snaps += 1
        return self.snaps - 1

    def get(self, index: int, snapId: int) -> int:
        ids = self.ids.get(index)
        if ids is None:
            return 0
        i = bisect_right(ids, snapId)
        return self.vals[index][i - 1] if i else 0
