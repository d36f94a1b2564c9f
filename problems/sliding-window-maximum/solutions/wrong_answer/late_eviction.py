# Wrong: off-by-one in the eviction test (uses < instead of <=), so the front
# index is kept one step too long and windows effectively have k+1 elements.
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
dq = deque()
out = []
for i in range(n):
    x = a[i]
    while dq and a[dq[-1]] <= x:
        dq.pop()
    dq.append(i)
    if dq[0] < i - k:
        dq.popleft()
    if i >= k - 1:
        out.append(a[dq[0]])
print(" ".join(map(str, out)))
