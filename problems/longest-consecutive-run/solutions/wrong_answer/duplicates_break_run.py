# Sorts, but treats a repeated value as the end of the current run.
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(map(int, data[1:1 + n]))
best = cur = 1
for i in range(1, n):
    cur = cur + 1 if a[i] == a[i - 1] + 1 else 1
    best = max(best, cur)
print(best)
