# Bug: off by one in the bit range — only bits 0..29 are counted, bit 30 is forgotten.
class Solution:
    def totalBitDifferences(self, codes: List[int]) -> int:
        n = len(codes)
        total = 0
        for bit in range(30):
            ones = sum((c >> bit) & 1 for c in codes)
            total += ones * (n - ones)
        return total
