class Solution:
    def containsNearbyDuplicate(self, nums: List[int], k: int) -> bool:
        last = {}
        for j, x in enumerate(nums):
            i = last.get(x)
            if i is not None and j - i <= k:
                return True
            last[x] = j
        return False
