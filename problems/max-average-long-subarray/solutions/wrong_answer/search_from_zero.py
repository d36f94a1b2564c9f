# Bug: binary search between 0 and the largest value, so when every average is
# negative the answer is stuck near 0.
from itertools import accumulate, repeat
from operator import mul, sub


class Solution:
    def findMaxAverage(self, nums: List[int], k: int) -> float:
        n = len(nums)
        prefix = list(accumulate(nums, initial=0))
        index = range(n + 1)
        lo, hi = 0.0, float(max(max(nums), 0))
        for _ in range(48):
            m = (lo + hi) / 2
            q = list(map(sub, prefix, map(mul, index, repeat(m))))
            lowest = accumulate(q[: n - k + 1], min)
            if max(map(sub, q[k:], lowest)) >= 0:
                lo = m
            else:
                hi = m
        return (lo + hi) / 2
