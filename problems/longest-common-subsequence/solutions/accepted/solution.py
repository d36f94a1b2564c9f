class Solution:
    def longestCommonSubsequence(self, first: str, second: str) -> int:
        if len(first) < len(second):
            first, second = second, first
        prev = [0] * (len(second) + 1)
        for ch in first:
            cur = [0]
            left = 0
            for j, other in enumerate(second):
                if ch == other:
                    left = prev[j] + 1
                else:
                    up = prev[j + 1]
                    if up > left:
                        left = up
                cur.append(left)
            prev = cur
        return prev[-1]
