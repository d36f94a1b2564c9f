# Naive: simulate minute by minute, rescanning the whole crate each minute:
# O(rows * cols * minutes), about 4 * 10^9 steps on a long serpentine corridor.
class Solution:
    def minutesUntilSpoiled(self, crate: List[List[str]]) -> int:
        grid = [row[:] for row in crate]
        rows, cols = len(grid), len(grid[0])
        minutes = 0
        while True:
            infect = []
            fresh = 0
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] != "F":
                        continue
                    fresh += 1
                    if (r > 0 and grid[r - 1][c] == "M") or (r + 1 < rows and grid[r + 1][c] == "M") or \
                       (c > 0 and grid[r][c - 1] == "M") or (c + 1 < cols and grid[r][c + 1] == "M"):
                        infect.append((r, c))
            if fresh == 0:
                return minutes
            if not infect:
                return -1
            for r, c in infect:
                grid[r][c] = "M"
            minutes += 1
