# Bug: off by one, treats a repeat exactly k positions apart as too far.
class Solution:
    def containsNearbyDuplicate(self, nums: List[int], k: int) -> bool:
        last = {}
        for j, x in enumerate(nums):
            if x in last and j - last[x] < k:
                return True
            last[x] = j
        return False
