# Correct but O(n^3): compares every row with every column element by element.
# For a 1000 x 1000 mosaic of equal tiles that is 10^9 comparisons.
class Solution:
    def equalPairs(self, grid: List[List[int]]) -> int:
        n = len(grid)
        pairs = 0
        for r in range(n):
            row = grid[r]
            for c in range(n):
                for i in range(n):
                    if row[i] != grid[i][c]:
                        break
                else:
                    pairs += 1
        return pairs
