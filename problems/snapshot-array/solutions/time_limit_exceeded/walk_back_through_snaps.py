# Naive: each snapshot keeps only the changes made since the previous one (a dict), and get
# walks back from snapId, snapshot by snapshot, until one changed the position: O(snaps) per get.
class SnapshotArray:

    def __init__(self, length: int):
        self.changes = [{}]  # changes[s]: the positions set while snapshot s was being prepared

    def set(self, index: int, val: int) -> None:
        self.changes[-1][index] = val

    def snap(self) -> int:
        self.changes.append({})
        return len(self.changes) - 2

    def get(self, index: int, snapId: int) -> int:
        for s in range(snapId, -1, -1):
            if index in self.changes[s]:
                return self.changes[s][index]
        return 0
