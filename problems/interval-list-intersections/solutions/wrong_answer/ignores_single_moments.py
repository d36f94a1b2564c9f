# Bug: treats the overlap as empty when it is a single moment (uses < instead of <=),
# so slots that only touch, like [1,5] and [5,9], give nothing.
class Solution:
    def sharedFreeTime(self, mySlots: List[List[int]], yourSlots: List[List[int]]) -> List[List[int]]:
        result = []
        i = j = 0
        while i < len(mySlots) and j < len(yourSlots):
            lo = max(mySlots[i][0], yourSlots[j][0])
            hi = min(mySlots[i][1], yourSlots[j][1])
            if lo < hi:
                result.append([lo, hi])
            if mySlots[i][1] < yourSlots[j][1]:
                i += 1
            else:
                j += 1
        return result
