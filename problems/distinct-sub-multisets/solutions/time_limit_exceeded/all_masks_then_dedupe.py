# Naive: try all 2^n subsets of positions and remove duplicates with a set:
# 2^40 subsets when many marbles repeat.
class Solution:
    def distinctHandfuls(self, marbles: List[int]) -> List[List[int]]:
        values = sorted(marbles)
        n = len(values)
        seen = set()
        for mask in range(1 << n):
            seen.add(tuple(values[i] for i in range(n) if mask >> i & 1))
        return [list(t) for t in seen]
