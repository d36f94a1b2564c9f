# Works on the set of distinct values, so it misses triples that reuse a repeated mass.
import sys
data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
u = sorted(set(map(int, data[2:2 + n])))
vs = set(u)
m = len(u)
ans = 0
for i in range(m):
    for j in range(i + 1, m):
        z = t - u[i] - u[j]
        if z > u[j] and z in vs:
            ans += 1
print(ans)
