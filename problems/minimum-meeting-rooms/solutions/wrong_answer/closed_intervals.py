# Bug: treats a meeting ending at t and one starting at t as overlapping.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = list(map(int, data[1:1 + 2 * n]))
starts = sorted(v[0::2])
ends = sorted(v[1::2])
j = best = 0
for i in range(n):
    while ends[j] < starts[i]:
        j += 1
    best = max(best, i + 1 - j)
print(best)
