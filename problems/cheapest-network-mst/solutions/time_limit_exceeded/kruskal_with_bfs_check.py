# Too slow: Kruskal's algorithm that checks "are these two offices already
# linked?" with a fresh BFS over the chosen cables for every route. O(m * n).
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
    adj = [[] for _ in range(n + 1)]
    total = 0
    joined = 0
    for c, x, y in edges:
        seen = {x}
        q = deque([x])
        found = x == y
        while q and not found:
            u = q.popleft()
            for v in adj[u]:
                if v == y:
                    found = True
                    break
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        if not found:
            adj[x].append(y)
            adj[y].append(x)
            total += c
            joined += 1
    print(total if joined == n - 1 else -1)


main()
