class TimeMap:
    """Walks a key's history back from the newest version until one is old enough: linear in the
    history per lookup."""

    def __init__(self):
        self.history = {}  # key -> [(timestamp, value)] in the order set

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for t, value in reversed(self.history.get(key, ())):
            if t <= timestamp:
                return value
        return ""
