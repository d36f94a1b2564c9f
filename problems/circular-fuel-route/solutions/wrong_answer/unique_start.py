# Bug: remembers the classic fact that a valid start exists iff the total fuel
# covers the total cost, and assumes such a start is always unique.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
g = list(map(int, data[1:1 + n]))
c = list(map(int, data[1 + n:1 + 2 * n]))
print(1 if sum(g) >= sum(c) else 0)
