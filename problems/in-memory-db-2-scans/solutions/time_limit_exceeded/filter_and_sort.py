# Correct but slow: every scan looks at every field of the record and sorts the matches again,
# O(n log n) per call even when only a handful of fields match.
class InMemoryDB:

    def __init__(self):
        self.records = {}

    def set(self, key: str, field: str, value: str) -> None:
        self.records.setdefault(key, {})[field] = value

    def get(self, key: str, field: str) -> str:
        return self.records.get(key, {}).get(field, "")

    def deleteField(self, key: str, field: str) -> bool:
        record = self.records.get(key)
        if record is None or field not in record:
            return False
        del record[field]
        if not record:
            del self.records[key]
        return True

    def scan(self, key: str) -> List[str]:
        return self.scanByPrefix(key, "")

    def scanByPrefix(self, key: str, prefix: str) -> List[str]:
        record = self.records.get(key, {})
        return [f"{f}({record[f]})" for f in sorted(f for f in record if f.startswith(prefix))]
