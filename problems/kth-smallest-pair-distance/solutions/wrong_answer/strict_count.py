# Bug: counts pairs with distance strictly less than d, so the search lands one
# past the answer whenever several pairs share the k-th distance.
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
lo, hi = 0, a[-1] - a[0]
while lo < hi:
    mid = (lo + hi) // 2
    c = sum(bisect_left(a, a[i] + mid, i + 1) - (i + 1) for i in range(n))
    if c >= k:
        hi = mid
    else:
        lo = mid + 1
print(lo)
