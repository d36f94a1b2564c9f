# Bug: only considers distances between neighbours in sorted order, and falls
# back to the largest distance when k exceeds their number.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
d = sorted(a[i + 1] - a[i] for i in range(n - 1))
print(d[k - 1] if k <= len(d) else a[-1] - a[0])
