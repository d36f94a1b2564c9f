import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        a = int(data[1 + 2 * i]); b = int(data[2 + 2 * i])
        adj[a].append(b)
        adj[b].append(a)
    # iterative DFS order from house 1, then subtree sizes in reverse order
    parent = [0] * (n + 1)
    parent[1] = -1
    order = [1]
    for u in order:                     # the list grows while we walk it
        for v in adj[u]:
            if v != parent[u]:
                parent[v] = u
                order.append(v)
    size = [1] * (n + 1)
    total = 0
    for u in reversed(order):
        p = parent[u]
        if p > 0:
            s = size[u]
            total += s * (n - s)        # pairs separated by the path u-p
            size[p] += s
    print(total)


main()
