# Bug: remembers only the FIRST index of each value, so a later pair of close
# repeats is missed when the first occurrence was far away.
class Solution:
    def containsNearbyDuplicate(self, nums: List[int], k: int) -> bool:
        first = {}
        for j, x in enumerate(nums):
            if x in first:
                if j - first[x] <= k:
                    return True
            else:
                first[x] = j
        return False
