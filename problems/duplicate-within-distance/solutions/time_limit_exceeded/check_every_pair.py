# Correct but O(n * k): compares every position with the next k positions.
# With n = k = 10^5 and no close repeats that is ~5*10^9 comparisons.
class Solution:
    def containsNearbyDuplicate(self, nums: List[int], k: int) -> bool:
        n = len(nums)
        for i in range(n):
            x = nums[i]
            for j in range(i + 1, min(n, i + k + 1)):
                if nums[j] == x:
                    return True
        return False
