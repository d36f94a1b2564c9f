# Attaches every key below its predecessor among earlier keys when one exists,
# otherwise below its successor (ignores which of the two is deeper).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    order = sorted(range(n), key=a.__getitem__)
    prv = list(range(-1, n - 1))
    nxt = list(range(1, n + 1))
    pos = [0] * n
    for p, t in enumerate(order):
        pos[t] = p
    parent = [-1] * n
    for t in range(n - 1, -1, -1):
        p = pos[t]
        l, r = prv[p], nxt[p]
        if t > 0:
            parent[t] = order[l] if l >= 0 else order[r]
        if l >= 0:
            nxt[l] = r
        if r < n:
            prv[r] = l
    depth = [0] * n
    for t in range(1, n):
        depth[t] = depth[parent[t]] + 1
    print(" ".join(map(str, depth)))


main()
