# Correct but O(q * area): sums every rectangle row by row with slices.
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
pos = 3
g = []
for i in range(n):
    g.append([int(x) for x in data[pos:pos + m]])
    pos += m
out = []
for _ in range(q):
    r1, c1, r2, c2 = (int(x) for x in data[pos:pos + 4])
    pos += 4
    out.append(sum(sum(g[i][c1 - 1:c2]) for i in range(r1 - 1, r2)))
print("\n".join(map(str, out)))
