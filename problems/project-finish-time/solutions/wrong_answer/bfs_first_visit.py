# Wrong: a plain BFS from the tasks without dependencies fixes a task's start
# time the first time it is reached, instead of waiting for all of its
# prerequisites, and never notices cycles.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    d = [0] + [int(x) for x in data[2:2 + n]]
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    base = 2 + n
    for i in range(m):
        a = int(data[base + 2 * i])
        b = int(data[base + 2 * i + 1])
        adj[a].append(b)
        indeg[b] += 1
    start = [-1] * (n + 1)
    q = deque()
    for v in range(1, n + 1):
        if indeg[v] == 0:
            start[v] = 0
            q.append(v)
    best = 0
    while q:
        u = q.popleft()
        fin = start[u] + d[u]
        best = max(best, fin)
        for v in adj[u]:
            if start[v] < 0:
                start[v] = fin
                q.append(v)
    print(best)


main()
