# For every open cell, floods its whole puddle again: O((n*m)^2) on big puddles.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
g = [data[2 + i] for i in range(n)]
lakes = 0
for i in range(n):
    for j in range(m):
        if g[i][j] != 46:
            continue
        seen = {(i, j)}
        st = [(i, j)]
        edge = False
        smallest = (i, j)
        while st:
            a, b = st.pop()
            if a == 0 or b == 0 or a == n - 1 or b == m - 1:
                edge = True
            if (a, b) < smallest:
                smallest = (a, b)
            for x, y in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
                if 0 <= x < n and 0 <= y < m and g[x][y] == 46 and (x, y) not in seen:
                    seen.add((x, y))
                    st.append((x, y))
        if not edge and smallest == (i, j):
            lakes += 1
print(lakes)
