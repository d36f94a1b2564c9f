# Bug: starts the left-to-right pass with "last seen at position 0", as if the first
# stall sold c, so stalls before the first real c get too small a distance.
class Solution:
    def shortestToChar(self, s: str, c: str) -> List[int]:
        n = len(s)
        d = [0] * n
        last = 0
        for i in range(n):
            if s[i] == c:
                last = i
            d[i] = i - last
        last = 3 * n
        for i in range(n - 1, -1, -1):
            if s[i] == c:
                last = i
            d[i] = min(d[i], last - i)
        return d
