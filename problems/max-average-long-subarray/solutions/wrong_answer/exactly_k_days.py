# Bug: only considers spells of exactly k days, but a longer spell can have a higher
# average (with k = 2, the spell [9, 1, 9] averages 19/3 and beats every pair).
class Solution:
    def findMaxAverage(self, nums: List[int], k: int) -> float:
        window = sum(nums[:k])
        best = window
        for i in range(k, len(nums)):
            window += nums[i] - nums[i - k]
            best = max(best, window)
        return best / k
