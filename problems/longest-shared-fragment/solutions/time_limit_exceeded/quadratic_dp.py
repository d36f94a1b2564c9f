# Classic O(|s| * |t|) dynamic programming with a rolling row.
import sys
data = sys.stdin.buffer.read().split()
s, t = data[0], data[1]
m = len(t)
prev = [0] * (m + 1)
best = 0
for a in s:
    cur = [0] * (m + 1)
    for j in range(m):
        if t[j] == a:
            v = prev[j] + 1
            cur[j + 1] = v
            if v > best:
                best = v
    prev = cur
print(best)
