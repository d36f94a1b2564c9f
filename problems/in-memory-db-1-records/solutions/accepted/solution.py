class InMemoryDB:

    def __init__(self):
        self.records = {}  # key -> {field: value}

    def set(self, key: str, field: str, value: str) -> None:
        record = self.records.get(key)
        if record is None:
            record = self.records[key] = {}
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
        if not record:
            del self.records[key]
        return True
