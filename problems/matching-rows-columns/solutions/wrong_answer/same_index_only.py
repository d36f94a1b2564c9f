# Bug: only compares row i with column i, missing pairs of different indices.
class Solution:
    def equalPairs(self, grid: List[List[int]]) -> int:
        n = len(grid)
        return sum(1 for i in range(n) if all(grid[i][t] == grid[t][i] for t in range(n)))
