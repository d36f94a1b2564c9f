# A common shortcut: one flat map keyed by key + field. Different (key, field) pairs can glue to
# the same string ("ab" + "c" and "a" + "bc"), so one record's field overwrites another's.
class InMemoryDB:

    def __init__(self):
        self.values = {}

    def set(self, key: str, field: str, value: str) -> None:
        self.values[key + field] = value

    def get(self, key: str, field: str) -> str:
        return self.values.get(key + field, "")

    def deleteField(self, key: str, field: str) -> bool:
        return self.values.pop(key + field, None) is not None
