# For every node, walks up through all its ancestors adding values: O(n * height).
import sys

tok = sys.stdin.buffer.read().split()
n, T = int(tok[0]), int(tok[1])
vals = tok[2:]
val = [int(vals[0])]
parent = [-1]
slot = 1
i = 0
while i < len(val):
    for _ in range(2):
        t = vals[slot]
        slot += 1
        if t != b"null":
            parent.append(i)
            val.append(int(t))
    i += 1
ans = 0
for u in range(len(val)):
    s = 0
    v = u
    while v != -1:
        s += val[v]
        if s == T:
            ans += 1
        v = parent[v]
print(ans)
