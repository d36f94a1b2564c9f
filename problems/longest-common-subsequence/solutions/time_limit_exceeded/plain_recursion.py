# Naive: the textbook recursion without memoisation; exponential when letters differ.
class Solution:
    def longestCommonSubsequence(self, draft: str, revision: str) -> int:
        def best(i, j):
            if i == len(draft) or j == len(revision):
                return 0
            if draft[i] == revision[j]:
                return 1 + best(i + 1, j + 1)
            return max(best(i + 1, j), best(i, j + 1))

        return best(0, 0)
