# Bug: converts the upper bound to 1-based by adding one, so the last position
# is reported one too far to the right.
import sys
from bisect import bisect_left, bisect_right

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for tok in data[2 + n:2 + n + q]:
    x = int(tok)
    lo = bisect_left(a, x)
    if lo < n and a[lo] == x:
        out.append("%d %d" % (lo + 1, bisect_right(a, x) + 1))
    else:
        out.append("-1 -1")
print("\n".join(out))
