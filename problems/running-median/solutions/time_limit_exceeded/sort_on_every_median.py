# Naive: all the numbers in one list, sorted again on every median() call: O(n log n) per call
# (O(n) at best, for a list that is already nearly sorted).
class MedianTracker:

    def __init__(self):
        self.nums = []

    def add(self, num: int) -> None:
        self.nums.append(num)

    def median(self) -> float:
        self.nums.sort()
        n = len(self.nums)
        if n % 2:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
