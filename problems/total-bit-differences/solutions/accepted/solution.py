class Solution:
    def totalBitDifferences(self, codes: List[int]) -> int:
        # Bit by bit: a pair differs in this bit iff one code has it set and the other not.
        n = len(codes)
        total = 0
        for bit in range(31):
            mask = 1 << bit
            ones = sum(map(mask.__and__, codes)) >> bit
            total += ones * (n - ones)
        return total
