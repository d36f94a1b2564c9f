# Naive: intersect every slot of one list with every slot of the other, O(n * m) —
# 2.5 * 10^9 pairs for two lists of 5 * 10^4 slots.
class Solution:
    def sharedFreeTime(self, mySlots: List[List[int]], yourSlots: List[List[int]]) -> List[List[int]]:
        result = []
        for a_start, a_end in mySlots:
            for b_start, b_end in yourSlots:
                lo = max(a_start, b_start)
                hi = min(a_end, b_end)
                if lo <= hi:
                    result.append([lo, hi])
        result.sort()
        return result
