class InMemoryDB:
    """One flat table keyed by (key, field): a scan walks every field of every record."""

    def __init__(self):
        self.table = {}  # (key, field) -> (value, expiry or None)

    def setAt(self, key: str, field: str, value: str, timestamp: int) -> None:
        self.table[(key, field)] = (value, None)

    def setAtWithTtl(self, key: str, field: str, value: str, timestamp: int, ttl: int) -> None:
        self.table[(key, field)] = (value, timestamp + ttl)

    def _alive(self, item, timestamp):
        return item is not None and (item[1] is None or item[1] > timestamp)

    def deleteAt(self, key: str, field: str, timestamp: int) -> bool:
        return self._alive(self.table.pop((key, field), None), timestamp)

    def getAt(self, key: str, field: str, timestamp: int) -> str:
        item = self.table.get((key, field))
        return item[0] if self._alive(item, timestamp) else ""

    def scanAt(self, key: str, timestamp: int) -> List[str]:
        return self.scanByPrefixAt(key, "", timestamp)

    def scanByPrefixAt(self, key: str, prefix: str, timestamp: int) -> List[str]:
        found = []
        for (k, field), item in self.table.items():
            if k == key and field.startswith(prefix) and self._alive(item, timestamp):
                found.append(f"{field}({item[0]})")
        found.sort()
        return found
