# A cache that goes one step too far: it keeps the formatted "field(value)" strings of each record
# and drops them only when a field is added or removed, so after a value is overwritten the scans
# keep showing the old value.
from bisect import bisect_left


class InMemoryDB:

    def __init__(self):
        self.records = {}
        self.cache = {}  # key -> (sorted fields, their "field(value)" strings)

    def set(self, key: str, field: str, value: str) -> None:
        record = self.records.setdefault(key, {})
        if field not in record:
            self.cache.pop(key, None)
        record[field] = value

    def get(self, key: str, field: str) -> str:
        return self.records.get(key, {}).get(field, "")

    def deleteField(self, key: str, field: str) -> bool:
        record = self.records.get(key)
        if record is None or field not in record:
            return False
        del record[field]
        self.cache.pop(key, None)
        if not record:
            del self.records[key]
        return True

    def _cached(self, key):
        if key not in self.cache:
            fields = sorted(self.records[key])
            self.cache[key] = (fields, [f"{f}({self.records[key][f]})" for f in fields])
        return self.cache[key]

    def scan(self, key: str) -> List[str]:
        if key not in self.records:
            return []
        return list(self._cached(key)[1])

    def scanByPrefix(self, key: str, prefix: str) -> List[str]:
        if key not in self.records:
            return []
        fields, shown = self._cached(key)
        i = bisect_left(fields, prefix)
        j = i
        while j < len(fields) and fields[j].startswith(prefix):
            j += 1
        return shown[i:j]
