# Two heaps kept the same size, but a new number goes to whichever heap is smaller without
# comparing it to the other heap's top: a large number can land in the lower half.
import heapq


class MedianTracker:

    def __init__(self):
        self.low = []
        self.high = []

    def add(self, num: int) -> None:
        if len(self.low) <= len(self.high):
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (self.high[0] - self.low[0]) / 2
