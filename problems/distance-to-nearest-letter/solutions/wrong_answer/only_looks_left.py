# Bug: only measures the distance to the nearest c on the left (and to the first c
# for the stalls before it), forgetting that a closer c may lie to the right.
class Solution:
    def shortestToChar(self, s: str, c: str) -> List[int]:
        first = s.index(c)
        d = []
        last = first
        for i in range(len(s)):
            if s[i] == c:
                last = i
            d.append(abs(i - last))
        return d
