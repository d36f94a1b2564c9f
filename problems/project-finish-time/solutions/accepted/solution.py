import sys


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
    start = [0] * (n + 1)          # earliest start of each task
    queue = [v for v in range(1, n + 1) if indeg[v] == 0]
    best = 0
    for u in queue:                # queue grows while we iterate (Kahn's algorithm)
        fin = start[u] + d[u]
        if fin > best:
            best = fin
        for v in adj[u]:
            if fin > start[v]:
                start[v] = fin
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    print(best if len(queue) == n else -1)


main()
