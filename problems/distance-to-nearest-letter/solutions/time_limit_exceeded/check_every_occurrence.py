# Correct but O(n * m): compares every position with every occurrence of c. With
# 5*10^4 occurrences in a string of 10^5 letters that is 5*10^9 steps.
class Solution:
    def shortestToChar(self, s: str, c: str) -> List[int]:
        spots = [j for j, ch in enumerate(s) if ch == c]
        return [min(abs(i - j) for j in spots) for i in range(len(s))]
