# Too slow: Bellman-Ford with early exit. O(n * m) when the cheapest paths are
# long and the roads are listed in an unlucky order.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[1] = 0
    for _ in range(n):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    sys.stdout.write("\n".join(str(x) if x != INF else "-1" for x in dist[1:]) + "\n")


main()
