# Bug: sorts by start time and keeps the earliest-starting slot on conflict,
# which can keep one long slot that blocks many short ones.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
kept, last = 0, -1
for l, r in v:
    if l >= last:
        kept += 1
        last = r
print(n - kept)
