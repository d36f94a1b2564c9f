# Correct but O(n * k): an optimal spell never needs 2k or more days (it could be
# split into two halves of at least k days, one of which is at least as good), so
# only lengths k..2k-1 are tried, each in one C-level pass. Too slow when k is
# around n / 2.
from itertools import accumulate
from operator import sub


class Solution:
    def findMaxAverage(self, nums: List[int], k: int) -> float:
        n = len(nums)
        prefix = list(accumulate(nums, initial=0))
        best = None
        for length in range(k, min(2 * k, n + 1)):
            avg = max(map(sub, prefix[length:], prefix)) / length
            if best is None or avg > best:
                best = avg
        return best
