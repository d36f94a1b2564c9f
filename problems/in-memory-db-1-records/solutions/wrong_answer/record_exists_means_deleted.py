# A careless delete: it checks that the record exists, not that it has the field, so deleting a
# missing field of an existing record reports true.
class InMemoryDB:

    def __init__(self):
        self.records = {}

    def set(self, key: str, field: str, value: str) -> None:
        self.records.setdefault(key, {})[field] = value

    def get(self, key: str, field: str) -> str:
        return self.records.get(key, {}).get(field, "")

    def deleteField(self, key: str, field: str) -> bool:
        record = self.records.get(key)
        if record is None:
            return False
        record.pop(field, None)
        if not record:
            del self.records[key]
        return True
