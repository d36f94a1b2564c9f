# Tries every pair of walls: O(n^2).
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n]))
best = 0
for i in range(n):
    hi = h[i]
    for j in range(i + 1, n):
        v = (j - i) * (hi if hi < h[j] else h[j])
        if v > best:
            best = v
print(best)
