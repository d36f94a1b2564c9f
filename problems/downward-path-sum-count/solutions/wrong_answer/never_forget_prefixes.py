# Adds each prefix sum to the table but never removes it when leaving a subtree,
# so it also counts "paths" that jump between different branches.
import sys

tok = sys.stdin.buffer.read().split()
n, T = int(tok[0]), int(tok[1])
vals = tok[2:]
val = [int(vals[0])]
kids = [[]]
slot = 1
i = 0
while i < len(val):
    for _ in range(2):
        t = vals[slot]
        slot += 1
        if t != b"null":
            kids[i].append(len(val))
            val.append(int(t))
            kids.append([])
    i += 1
seen = {0: 1}
ans = 0
stack = [(0, 0)]
while stack:
    u, above = stack.pop()
    p = above + val[u]
    ans += seen.get(p - T, 0)
    seen[p] = seen.get(p, 0) + 1
    for c in kids[u]:
        stack.append((c, p))
print(ans)
