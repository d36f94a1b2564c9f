# Wrong: fixes a town's cost the first time it is discovered instead of when it
# is popped from the heap, so a cheaper detour found later is ignored.
import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u = int(data[2 + 3 * i])
        v = int(data[3 + 3 * i])
        w = int(data[4 + 3 * i])
        adj[u].append((v, w))
    dist = [-1] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        for v, w in adj[u]:
            if dist[v] < 0:
                dist[v] = d + w
                heappush(heap, (d + w, v))
    sys.stdout.write("\n".join(map(str, dist[1:])) + "\n")


main()
