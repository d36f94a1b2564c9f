# Two heaps, correctly balanced, but the mean of the two middle values is taken with integer
# division: (3 + 4) // 2 gives 3 instead of 3.5.
import heapq


class MedianTracker:

    def __init__(self):
        self.low = []
        self.high = []

    def add(self, num: int) -> None:
        if self.low and num > -self.low[0]:
            heapq.heappush(self.high, num)
            if len(self.high) > len(self.low):
                heapq.heappush(self.low, -heapq.heappop(self.high))
        else:
            heapq.heappush(self.low, -num)
            if len(self.low) > len(self.high) + 1:
                heapq.heappush(self.high, -heapq.heappop(self.low))

    def median(self) -> float:
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (self.high[0] - self.low[0]) // 2
