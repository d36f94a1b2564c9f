# Bug: may pair an element with itself (x + x = target with x present once).
import sys

data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
last_index = {x: i for i, x in enumerate(a)}
for i, x in enumerate(a):
    j = last_index.get(target - x)
    if j is not None:
        print(min(i, j) + 1, max(i, j) + 1)
        break
else:
    print(-1)
