# Bug: counts stretches whose product equals the cap as harmless (<= instead of <).
class Solution:
    def countSubarraysBelow(self, nums: List[int], k: int) -> int:
        if k <= 0:
            return 0
        count = 0
        product = 1
        left = 0
        for right, x in enumerate(nums):
            product *= x
            while left <= right and product > k:
                product //= nums[left]
                left += 1
            count += right - left + 1
        return count
