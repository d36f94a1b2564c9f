# Naive: one sorted list, each new number inserted at its place by a linear scan: O(n) per add.
class MedianTracker:

    def __init__(self):
        self.nums = []

    def add(self, num: int) -> None:
        i = 0
        while i < len(self.nums) and self.nums[i] < num:
            i += 1
        self.nums.insert(i, num)

    def median(self) -> float:
        n = len(self.nums)
        if n % 2:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
