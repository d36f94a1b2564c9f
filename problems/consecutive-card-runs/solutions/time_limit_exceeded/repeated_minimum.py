# Naive: repeatedly find the smallest remaining card and remove its run card by card
# from a plain list: O(n^2 / runLength) — about 10^10 steps for runLength = 2.
class Solution:
    def canFormRuns(self, cards: List[int], runLength: int) -> bool:
        if len(cards) % runLength:
            return False
        rest = list(cards)
        while rest:
            low = min(rest)
            for v in range(low, low + runLength):
                try:
                    rest.remove(v)
                except ValueError:
                    return False
        return True
