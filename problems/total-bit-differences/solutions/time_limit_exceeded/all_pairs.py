# Naive: popcount of the XOR of every pair, O(n^2) = 5 * 10^9 pairs for n = 10^5.
class Solution:
    def totalBitDifferences(self, codes: List[int]) -> int:
        total = 0
        n = len(codes)
        for i in range(n):
            a = codes[i]
            for j in range(i + 1, n):
                total += bin(a ^ codes[j]).count("1")
        return total
