# Correct but O(n^2) in the worst case: from every position, walks outwards one step
# at a time in both directions until it meets c. With a single c at one end that is
# ~n^2 / 2 steps.
class Solution:
    def shortestToChar(self, s: str, c: str) -> List[int]:
        n = len(s)
        d = []
        for i in range(n):
            step = 0
            while True:
                if (i - step >= 0 and s[i - step] == c) or (i + step < n and s[i + step] == c):
                    break
                step += 1
            d.append(step)
        return d
