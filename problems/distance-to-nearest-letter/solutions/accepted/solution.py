class Solution:
    def shortestToChar(self, s: str, c: str) -> List[int]:
        n = len(s)
        d = [0] * n
        # left to right: distance to the nearest c at or before i
        last = -2 * n
        for i in range(n):
            if s[i] == c:
                last = i
            d[i] = i - last
        # right to left: distance to the nearest c at or after i
        last = 3 * n
        for i in range(n - 1, -1, -1):
            if s[i] == c:
                last = i
            if last - i < d[i]:
                d[i] = last - i
        return d
