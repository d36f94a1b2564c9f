class HitCounter:
    """Keeps every hit and counts the recent ones one by one, newest first, on every query:
    linear in the hits inside the window."""

    def __init__(self):
        self.hits = []

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def getHits(self, timestamp: int) -> int:
        count = 0
        for t in reversed(self.hits):
            if t <= timestamp - 300:
                break
            count += 1
        return count
