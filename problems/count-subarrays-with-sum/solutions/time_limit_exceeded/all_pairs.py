# Correct but O(n^2): tries every start and extends to every end.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
total = 0
for l in range(n):
    s = 0
    for r in range(l, n):
        s += a[r]
        if s == k:
            total += 1
print(total)
