# Counts correctly but forgets to reduce modulo 1e9+7.
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for i in range(m):
    u = int(data[2 + 2 * i]); v = int(data[3 + 2 * i])
    adj[u].append(v); indeg[v] += 1
order = []
q = deque(i for i in range(1, n + 1) if indeg[i] == 0)
while q:
    u = q.popleft(); order.append(u)
    for v in adj[u]:
        indeg[v] -= 1
        if indeg[v] == 0:
            q.append(v)
ways = [0] * (n + 1)
ways[1] = 1
for u in order:
    for v in adj[u]:
        ways[v] += ways[u]
print(ways[n])
