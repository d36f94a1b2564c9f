# Breadth-first search from every house: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    a = int(data[1 + 2 * i]); b = int(data[2 + 2 * i])
    adj[a].append(b)
    adj[b].append(a)
total = 0
for s in range(1, n + 1):
    dist = [-1] * (n + 1)
    dist[s] = 0
    q = [s]
    for u in q:
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                q.append(v)
    total += sum(dist[1:])
print(total // 2)
