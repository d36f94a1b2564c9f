# Bug: a plain binary search stops at whichever copy of x it hits first and
# reports that single position as both the first and the last occurrence.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for tok in data[2 + n:2 + n + q]:
    x = int(tok)
    lo, hi, found = 0, n - 1, -1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            found = mid
            break
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    out.append("-1 -1" if found < 0 else "%d %d" % (found + 1, found + 1))
print("\n".join(out))
