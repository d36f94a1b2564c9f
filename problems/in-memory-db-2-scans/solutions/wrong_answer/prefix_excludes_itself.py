# An off-by-one in the binary search: bisect_right skips a field equal to the prefix itself (the
# statement counts it), though every longer match is still found.
from bisect import bisect_right


class InMemoryDB:

    def __init__(self):
        self.records = {}
        self.order = {}

    def set(self, key: str, field: str, value: str) -> None:
        record = self.records.setdefault(key, {})
        if field not in record:
            self.order.pop(key, None)
        record[field] = value

    def get(self, key: str, field: str) -> str:
        return self.records.get(key, {}).get(field, "")

    def deleteField(self, key: str, field: str) -> bool:
        record = self.records.get(key)
        if record is None or field not in record:
            return False
        del record[field]
        self.order.pop(key, None)
        if not record:
            del self.records[key]
        return True

    def _sorted(self, key):
        if key not in self.order:
            self.order[key] = sorted(self.records[key])
        return self.order[key]

    def scan(self, key: str) -> List[str]:
        if key not in self.records:
            return []
        record = self.records[key]
        return [f"{f}({record[f]})" for f in self._sorted(key)]

    def scanByPrefix(self, key: str, prefix: str) -> List[str]:
        if key not in self.records:
            return []
        record, order = self.records[key], self._sorted(key)
        result = []
        i = bisect_right(order, prefix)
        while i < len(order) and order[i].startswith(prefix):
            result.append(f"{order[i]}({record[order[i]]})")
            i += 1
        return result
