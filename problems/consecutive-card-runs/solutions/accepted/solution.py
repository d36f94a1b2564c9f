from collections import Counter


class Solution:
    def canFormRuns(self, cards: List[int], runLength: int) -> bool:
        if len(cards) % runLength:
            return False
        counts = Counter(cards)
        values = sorted(counts)
        amount = [counts[v] for v in values]
        n = len(values)
        # Greedy: the smallest remaining card must start a run; start as many runs there
        # as there are copies of it, and take them out of the next runLength - 1 values.
        for i in range(n):
            need = amount[i]
            if need == 0:
                continue
            if i + runLength > n or values[i + runLength - 1] - values[i] != runLength - 1:
                return False
            for j in range(i, i + runLength):
                if amount[j] < need:
                    return False
                amount[j] -= need
        return True
