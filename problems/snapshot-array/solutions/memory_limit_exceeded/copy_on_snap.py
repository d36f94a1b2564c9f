# Naive: every snap stores a full copy of the array: O(length) time and memory per snap, so
# many snaps of a long array exhaust the memory.
class SnapshotArray:

    def __init__(self, length: int):
        self.values = [0] * length
        self.copies = []

    def set(self, index: int, val: int) -> None:
        self.values[index] = val

    def snap(self) -> int:
        self.copies.append(self.values[:])
        return len(self.copies) - 1

    def get(self, index: int, snapId: int) -> int:
        return self.copies[snapId][index]
