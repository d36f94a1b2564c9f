class Solution:
    def sharedFreeTime(self, mySlots: List[List[int]], yourSlots: List[List[int]]) -> List[List[int]]:
        result = []
        i = j = 0
        while i < len(mySlots) and j < len(yourSlots):
            a_start, a_end = mySlots[i]
            b_start, b_end = yourSlots[j]
            lo = a_start if a_start > b_start else b_start
            hi = a_end if a_end < b_end else b_end
            if lo <= hi:
                result.append([lo, hi])
            # the slot that ends first cannot meet anything later in the other list
            if a_end < b_end:
                i += 1
            else:
                j += 1
        return result
