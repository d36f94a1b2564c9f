# Correct but slow: every (key, field, value) triple in one list, searched from the start on every
# call: O(n) per call, quadratic over a test that stores many fields.
class InMemoryDB:

    def __init__(self):
        self.entries = []  # [key, field, value]

    def _find(self, key, field):
        for i, entry in enumerate(self.entries):
            if entry[0] == key and entry[1] == field:
                return i
        return -1

    def set(self, key: str, field: str, value: str) -> None:
        i = self._find(key, field)
        if i < 0:
            self.entries.append([key, field, value])
        else:
            self.entries[i][2] = value

    def get(self, key: str, field: str) -> str:
        i = self._find(key, field)
        return "" if i < 0 else self.entries[i][2]

    def deleteField(self, key: str, field: str) -> bool:
        i = self._find(key, field)
        if i < 0:
            return False
        self.entries[i] = self.entries[-1]
        self.entries.pop()
        return True
