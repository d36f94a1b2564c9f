# Bug: merges only when the next period starts strictly before the current end,
# so periods that merely touch (r_i = l_j) are left separate.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
res = []
cl, cr = v[0]
for l, r in v[1:]:
    if l < cr:
        cr = max(cr, r)
    else:
        res.append((cl, cr))
        cl, cr = l, r
res.append((cl, cr))
print(len(res))
print("\n".join("%d %d" % p for p in res))
