# Bug: sorts the cards and cuts them into consecutive blocks of runLength, checking
# each block. Fails when equal cards belong to different runs, e.g. [1,1,2,2,3,3] / 3.
class Solution:
    def canFormRuns(self, cards: List[int], runLength: int) -> bool:
        if len(cards) % runLength:
            return False
        s = sorted(cards)
        for start in range(0, len(s), runLength):
            for j in range(start + 1, start + runLength):
                if s[j] != s[j - 1] + 1:
                    return False
        return True
