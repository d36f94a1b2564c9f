from itertools import accumulate, repeat
from operator import mul, sub


class Solution:
    def findMaxAverage(self, nums: List[int], k: int) -> float:
        # Dinkelbach's method. For a guess m, the spell of length >= k maximising
        # sum(nums[i] - m) is found with prefix sums Q[i] = P[i] - m * i and a running
        # minimum of Q; if that spell's average beats m, it becomes the next guess,
        # otherwise m is the answer. Each round runs inside C-level builtins, and the
        # guesses climb very quickly (a handful of rounds).
        n = len(nums)
        prefix = list(accumulate(nums, initial=0))
        index = range(n + 1)
        m = prefix[k] / k  # the average of the first k days: a feasible start
        while True:
            q = list(map(sub, prefix, map(mul, index, repeat(m))))
            lowest = list(accumulate(q[: n - k + 1], min))  # lowest[t] = min(q[0..t])
            gains = list(map(sub, q[k:], lowest))  # best spell ending at day t + k
            t = gains.index(max(gains))
            j = t + k
            i = q.index(lowest[t])
            better = (prefix[j] - prefix[i]) / (j - i)
            if better <= m:
                return m
            m = better
