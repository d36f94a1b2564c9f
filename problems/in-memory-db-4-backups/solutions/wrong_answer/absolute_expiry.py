from bisect import bisect_right


class InMemoryDB:
    """Saves each field's expiry as it is: a restored field dies when it would have died anyway,
    instead of keeping the lifetime it had left at the backup."""

    def __init__(self):
        self.records = {}  # key -> {field: (value, expiry)}; expiry None means never
        self.backup_times = []  # increasing
        self.backups = []  # each: {key: {field: (value, remaining lifetime or None)}}

    def _put(self, key, field, value, expiry):
        record = self.records.get(key)
        if record is None:
            record = self.records[key] = {}
        record[field] = (value, expiry)

    def setAt(self, key: str, field: str, value: str, timestamp: int) -> None:
        self._put(key, field, value, None)

    def setAtWithTtl(self, key: str, field: str, value: str, timestamp: int, ttl: int) -> None:
        self._put(key, field, value, timestamp + ttl)

    def deleteAt(self, key: str, field: str, timestamp: int) -> bool:
        record = self.records.get(key)
        if record is None:
            return False
        item = record.pop(field, None)
        return item is not None and (item[1] is None or item[1] > timestamp)

    def getAt(self, key: str, field: str, timestamp: int) -> str:
        record = self.records.get(key)
        if record is None:
            return ""
        item = record.get(field)
        if item is None or (item[1] is not None and item[1] <= timestamp):
            return ""
        return item[0]

    def _scan(self, key, prefix, timestamp):
        record = self.records.get(key)
        if not record:
            return []
        alive, dead = [], []
        for field, (value, expiry) in record.items():
            if expiry is not None and expiry <= timestamp:
                dead.append(field)  # expired for good: timestamps only grow
            elif field.startswith(prefix):
                alive.append(field)
        for field in dead:
            del record[field]
        alive.sort()
        return [f"{field}({record[field][0]})" for field in alive]

    def scanAt(self, key: str, timestamp: int) -> List[str]:
        return self._scan(key, "", timestamp)

    def scanByPrefixAt(self, key: str, prefix: str, timestamp: int) -> List[str]:
        return self._scan(key, prefix, timestamp)

    def backup(self, timestamp: int) -> int:
        saved = {}
        for key, record in self.records.items():
            alive = {}
            for field, (value, expiry) in record.items():
                if expiry is None:
                    alive[field] = (value, None)
                elif expiry > timestamp:
                    alive[field] = (value, expiry)
            if alive:
                saved[key] = alive
        self.backup_times.append(timestamp)
        self.backups.append(saved)
        return len(saved)

    def restore(self, timestamp: int, timestampToRestore: int) -> None:
        saved = self.backups[bisect_right(self.backup_times, timestampToRestore) - 1]
        self.records = {
            key: {field: (value, left)
                  for field, (value, left) in record.items()}
            for key, record in saved.items()
        }
