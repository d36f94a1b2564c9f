# For every level d, walks the tree again from the root down to depth d: O(n * height).
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
d = 0
while True:
    last = None
    stack = [(0, 0)]
    while stack:
        u, du = stack.pop()
        if du == d:
            if last is None:
                last = u       # first hit in right-to-left DFS order is the rightmost
            continue
        if left[u] != -1:
            stack.append((left[u], du + 1))
        if right[u] != -1:
            stack.append((right[u], du + 1))
    if last is None:
        break
    out.append(val[last].decode())
    d += 1
print(" ".join(out))
