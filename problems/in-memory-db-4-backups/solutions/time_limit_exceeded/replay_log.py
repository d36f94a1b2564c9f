class InMemoryDB:
    """Event sourcing: every change is appended to a log, a backup remembers how long the log was,
    and a restore rebuilds the database by replaying the whole log from the beginning (making the
    copies of every earlier backup on the way)."""

    def __init__(self):
        self.records = {}  # key -> {field: (value, expiry or None)}
        self.log = []  # ("set", key, field, value, expiry) | ("del", key, field) | ("backup", t) | ("restore", t, tr)

    def setAt(self, key: str, field: str, value: str, timestamp: int) -> None:
        self.log.append(("set", key, field, value, None))
        self.records.setdefault(key, {})[field] = (value, None)

    def setAtWithTtl(self, key: str, field: str, value: str, timestamp: int, ttl: int) -> None:
        self.log.append(("set", key, field, value, timestamp + ttl))
        self.records.setdefault(key, {})[field] = (value, timestamp + ttl)

    def deleteAt(self, key: str, field: str, timestamp: int) -> bool:
        self.log.append(("del", key, field))
        item = self.records.get(key, {}).pop(field, None)
        return item is not None and (item[1] is None or item[1] > timestamp)

    def getAt(self, key: str, field: str, timestamp: int) -> str:
        item = self.records.get(key, {}).get(field)
        if item is None or (item[1] is not None and item[1] <= timestamp):
            return ""
        return item[0]

    def scanAt(self, key: str, timestamp: int) -> List[str]:
        return self.scanByPrefixAt(key, "", timestamp)

    def scanByPrefixAt(self, key: str, prefix: str, timestamp: int) -> List[str]:
        record = self.records.get(key, {})
        return [f"{f}({v})" for f, (v, e) in sorted(record.items())
                if f.startswith(prefix) and (e is None or e > timestamp)]

    @staticmethod
    def _snapshot(records, t):
        return {key: {f: (v, None if e is None else e - t) for f, (v, e) in rec.items() if e is None or e > t}
                for key, rec in records.items()}

    @staticmethod
    def _revive(snapshot, t):
        return {key: {f: (v, None if left is None else t + left) for f, (v, left) in rec.items()}
                for key, rec in snapshot.items() if rec}

    def backup(self, timestamp: int) -> int:
        self.log.append(("backup", timestamp))
        return sum(1 for rec in self.records.values()
                   if any(e is None or e > timestamp for _, e in rec.values()))

    def restore(self, timestamp: int, timestampToRestore: int) -> None:
        self.log.append(("restore", timestamp, timestampToRestore))
        records, backups = {}, []  # replay everything
        for entry in self.log:
            if entry[0] == "set":
                records.setdefault(entry[1], {})[entry[2]] = (entry[3], entry[4])
            elif entry[0] == "del":
                records.get(entry[1], {}).pop(entry[2], None)
            elif entry[0] == "backup":
                backups.append((entry[1], self._snapshot(records, entry[1])))
            else:
                chosen = [snap for t, snap in backups if t <= entry[2]][-1]
                records = self._revive(chosen, entry[1])
        self.records = records
