# Bug: prints 0-based positions.
import sys

data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
seen = {}
for j in range(n):
    x = int(data[2 + j])
    if target - x in seen:
        print(seen[target - x], j)
        break
    seen.setdefault(x, j)
else:
    print(-1)
