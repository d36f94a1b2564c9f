import heapq


class MedianTracker:

    def __init__(self):
        self.low = []   # the lower half, negated: a max-heap; never smaller than high, at most one larger
        self.high = []  # the upper half: a min-heap

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
            return float(-self.low[0])
        return (self.high[0] - self.low[0]) / 2
