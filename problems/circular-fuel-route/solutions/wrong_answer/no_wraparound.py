# Bug: checks only the legs from the start up to station n and forgets the
# legs after wrapping around to station 1.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
g = list(map(int, data[1:1 + n]))
c = list(map(int, data[1 + n:1 + 2 * n]))
p = [0] * (n + 1)
for j in range(n):
    p[j + 1] = p[j] + g[j] - c[j]
suf = [0] * (n + 2)
suf[n] = p[n]
for j in range(n - 1, 0, -1):
    suf[j] = min(p[j], suf[j + 1])
print(sum(1 for i in range(n) if suf[i + 1] >= p[i]))
