# Too slow: at every step scans all courses for the smallest one that is still
# available. O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a = int(data[2 + 2 * i])
        b = int(data[3 + 2 * i])
        adj[a].append(b)
        indeg[b] += 1
    taken = [False] * (n + 1)
    order = []
    for _ in range(n):
        pick = -1
        for v in range(1, n + 1):
            if not taken[v] and indeg[v] == 0:
                pick = v
                break
        if pick < 0:
            break
        taken[pick] = True
        order.append(pick)
        for v in adj[pick]:
            indeg[v] -= 1
    print(" ".join(map(str, order)) if len(order) == n else "IMPOSSIBLE")


main()
