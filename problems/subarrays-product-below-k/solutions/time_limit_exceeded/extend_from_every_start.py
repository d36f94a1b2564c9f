# Correct but O(n^2) in the worst case: from every start, extends the stretch while
# the product stays below the cap. With 10^5 factors equal to 1 that is 5*10^9 steps.
class Solution:
    def countSubarraysBelow(self, nums: List[int], k: int) -> int:
        n = len(nums)
        count = 0
        for i in range(n):
            product = 1
            for j in range(i, n):
                product *= nums[j]
                if product >= k:
                    break
                count += 1
        return count
