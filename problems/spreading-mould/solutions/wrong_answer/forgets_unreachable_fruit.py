# Bug: reports the time of the last infection even when some fresh fruit is never
# reached (should be -1 then).
from collections import deque


class Solution:
    def minutesUntilSpoiled(self, crate: List[List[str]]) -> int:
        rows, cols = len(crate), len(crate[0])
        time = [[-1] * cols for _ in range(rows)]
        queue = deque()
        for r in range(rows):
            for c in range(cols):
                if crate[r][c] == "M":
                    time[r][c] = 0
                    queue.append((r, c))
        last = 0
        while queue:
            r, c = queue.popleft()
            t = time[r][c] + 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and crate[nr][nc] == "F" and time[nr][nc] < 0:
                    time[nr][nc] = t
                    last = t
                    queue.append((nr, nc))
        return last
