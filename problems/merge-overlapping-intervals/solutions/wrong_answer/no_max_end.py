# Bug: when merging, the end is overwritten by the new period's end instead of
# taking the maximum, which breaks when a period is nested inside another.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
res = []
cl, cr = v[0]
for l, r in v[1:]:
    if l <= cr:
        cr = r
    else:
        res.append((cl, cr))
        cl, cr = l, r
res.append((cl, cr))
print(len(res))
print("\n".join("%d %d" % p for p in res))
