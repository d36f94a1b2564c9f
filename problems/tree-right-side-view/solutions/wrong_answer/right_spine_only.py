# Follows right children from the root only: misses levels reached through a left child.
import sys

tok = sys.stdin.buffer.read().split()
vals = tok[1:]
left, right, val = [], [], [vals[0]]
slot = 1
i = 0
while i < len(val):
    for side in (left, right):
        t = vals[slot]
        slot += 1
        if t == b"null":
            side.append(-1)
        else:
            side.append(len(val))
            val.append(t)
    i += 1
out = []
u = 0
while u != -1:
    out.append(val[u].decode())
    u = right[u]
print(" ".join(out))
