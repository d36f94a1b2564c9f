# Bug: greedy — every letter of draft is matched with its first occurrence in revision
# after the previous match. Taking a match early can block a longer common subsequence.
class Solution:
    def longestCommonSubsequence(self, draft: str, revision: str) -> int:
        pos = 0
        count = 0
        for ch in draft:
            found = revision.find(ch, pos)
            if found >= 0:
                count += 1
                pos = found + 1
        return count
