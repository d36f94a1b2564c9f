class InMemoryDB:
    """Treats a field as still alive at the very moment timestamp + ttl (the end is exclusive)."""

    def __init__(self):
        self.records = {}

    def setAt(self, key: str, field: str, value: str, timestamp: int) -> None:
        self.records.setdefault(key, {})[field] = (value, None)

    def setAtWithTtl(self, key: str, field: str, value: str, timestamp: int, ttl: int) -> None:
        self.records.setdefault(key, {})[field] = (value, timestamp + ttl)

    def _alive(self, item, timestamp):
        return item is not None and (item[1] is None or item[1] >= timestamp)

    def deleteAt(self, key: str, field: str, timestamp: int) -> bool:
        return self._alive(self.records.get(key, {}).pop(field, None), timestamp)

    def getAt(self, key: str, field: str, timestamp: int) -> str:
        item = self.records.get(key, {}).get(field)
        return item[0] if self._alive(item, timestamp) else ""

    def scanAt(self, key: str, timestamp: int) -> List[str]:
        return self.scanByPrefixAt(key, "", timestamp)

    def scanByPrefixAt(self, key: str, prefix: str, timestamp: int) -> List[str]:
        record = self.records.get(key, {})
        return [f"{f}({v})" for f, (v, e) in sorted(record.items())
                if f.startswith(prefix) and self._alive((v, e), timestamp)]
