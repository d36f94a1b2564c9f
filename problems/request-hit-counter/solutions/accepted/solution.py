from collections import deque


class HitCounter:

    def __init__(self):
        self.seconds = deque()  # [second, hits in it], oldest first
        self.total = 0  # hits in self.seconds

    def _expire(self, timestamp: int) -> None:
        seconds = self.seconds
        while seconds and seconds[0][0] <= timestamp - 300:
            self.total -= seconds.popleft()[1]

    def hit(self, timestamp: int) -> None:
        self._expire(timestamp)
        if self.seconds and self.seconds[-1][0] == timestamp:
            self.seconds[-1][1] += 1
        else:
            self.seconds.append([timestamp, 1])
        self.total += 1

    def getHits(self, timestamp: int) -> int:
        self._expire(timestamp)
        return self.total
