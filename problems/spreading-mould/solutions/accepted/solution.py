from collections import deque


class Solution:
    def minutesUntilSpoiled(self, crate: List[List[str]]) -> int:
        rows, cols = len(crate), len(crate[0])
        time = [[-1] * cols for _ in range(rows)]
        queue = deque()
        fresh = 0
        for r in range(rows):
            for c in range(cols):
                if crate[r][c] == "M":
                    time[r][c] = 0
                    queue.append((r, c))
                elif crate[r][c] == "F":
                    fresh += 1
        last = 0
        while queue:
            r, c = queue.popleft()
            t = time[r][c] + 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and crate[nr][nc] == "F" and time[nr][nc] < 0:
                    time[nr][nc] = t
                    fresh -= 1
                    last = t
                    queue.append((nr, nc))
        return -1 if fresh else last
