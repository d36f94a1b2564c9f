from bisect import bisect_left


class InMemoryDB:

    def __init__(self):
        self.records = {}  # key -> {field: value}
        self.order = {}  # key -> its fields sorted; absent while stale (a field added or removed)

    def set(self, key: str, field: str, value: str) -> None:
        record = self.records.get(key)
        if record is None:
            record = self.records[key] = {}
        if field not in record:
            self.order.pop(key, None)
        record[field] = value

    def get(self, key: str, field: str) -> str:
        record = self.records.get(key)
        if record is None:
            return ""
        return record.get(field, "")

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
        order = self.order.get(key)
        if order is None:
            order = self.order[key] = sorted(self.records[key])
        return order

    def scan(self, key: str) -> List[str]:
        record = self.records.get(key)
        if record is None:
            return []
        return [f"{field}({record[field]})" for field in self._sorted(key)]

    def scanByPrefix(self, key: str, prefix: str) -> List[str]:
        record = self.records.get(key)
        if record is None:
            return []
        order = self._sorted(key)
        result = []
        i = bisect_left(order, prefix)
        while i < len(order) and order[i].startswith(prefix):
            result.append(f"{order[i]}({record[order[i]]})")
            i += 1
        return result
