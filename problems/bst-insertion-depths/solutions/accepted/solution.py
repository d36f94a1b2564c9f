import sys

# When key x is inserted, its parent is either its predecessor or its successor
# among the keys inserted before it, whichever of the two was inserted later
# (the later one lies below the earlier one).  Those neighbours are found offline:
# keep all keys in a doubly linked list in sorted order and delete them in reverse
# insertion order; at the moment x is deleted, its list neighbours are exactly its
# predecessor and successor among the earlier keys.


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    order = sorted(range(n), key=a.__getitem__)  # insertion times sorted by key
    # linked list over sorted positions 0..n-1, with sentinels -1 / n
    prv = list(range(-1, n - 1))
    nxt = list(range(1, n + 1))
    pos = [0] * n
    for p, t in enumerate(order):
        pos[t] = p
    parent = [-1] * n
    for t in range(n - 1, -1, -1):
        p = pos[t]
        l, r = prv[p], nxt[p]
        best = -1
        if l >= 0:
            best = order[l]
        if r < n and order[r] > best:
            best = order[r]
        parent[t] = best
        if l >= 0:
            nxt[l] = r
        if r < n:
            prv[r] = l
    depth = [0] * n
    for t in range(1, n):
        depth[t] = depth[parent[t]] + 1
    sys.stdout.write(" ".join(map(str, depth)) + "\n")


main()
