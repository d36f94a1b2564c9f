# Decides whether a puddle drains by looking only at the cell where the scan first met it
# (misses puddles that reach the right or bottom edge only).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
g = [data[2 + i] for i in range(n)]
seen = [[False] * m for _ in range(n)]
lakes = 0
for i in range(n):
    for j in range(m):
        if g[i][j] == 46 and not seen[i][j]:
            if not (i == 0 or j == 0 or i == n - 1 or j == m - 1):
                lakes += 1
            seen[i][j] = True
            st = [(i, j)]
            while st:
                a, b = st.pop()
                for x, y in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
                    if 0 <= x < n and 0 <= y < m and g[x][y] == 46 and not seen[x][y]:
                        seen[x][y] = True
                        st.append((x, y))
print(lakes)
