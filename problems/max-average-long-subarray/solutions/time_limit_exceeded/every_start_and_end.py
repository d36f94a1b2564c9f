# Correct but O(n^2): tries every start and every end at least k days later, with
# prefix sums. With n = 10^5 and small k that is ~5*10^9 pairs.
class Solution:
    def findMaxAverage(self, nums: List[int], k: int) -> float:
        n = len(nums)
        prefix = [0] * (n + 1)
        for i, x in enumerate(nums):
            prefix[i + 1] = prefix[i] + x
        best = None
        for i in range(n - k + 1):
            pi = prefix[i]
            for j in range(i + k, n + 1):
                avg = (prefix[j] - pi) / (j - i)
                if best is None or avg > best:
                    best = avg
        return best
