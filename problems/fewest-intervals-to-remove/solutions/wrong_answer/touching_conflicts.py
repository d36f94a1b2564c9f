# Bug: treats slots that only touch at an endpoint as overlapping.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))
kept, last = 0, -1
for r, l in v:
    if l > last:
        kept += 1
        last = r
print(n - kept)
