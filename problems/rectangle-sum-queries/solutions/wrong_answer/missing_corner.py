# Wrong: subtracts the two strips but forgets to add back the corner they share.
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
pos = 3
P = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    for j in range(1, m + 1):
        P[i][j] = int(data[pos]) + P[i - 1][j] + P[i][j - 1] - P[i - 1][j - 1]
        pos += 1
out = []
for _ in range(q):
    r1, c1, r2, c2 = (int(x) for x in data[pos:pos + 4])
    pos += 4
    out.append(P[r2][c2] - P[r1 - 1][c2] - P[r2][c1 - 1])
print("\n".join(map(str, out)))
