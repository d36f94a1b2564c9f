# Too slow: relaxes every dependency again and again until no start time
# changes (longest-path Bellman-Ford). O(n * m) on long chains.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    d = [0] + [int(x) for x in data[2:2 + n]]
    base = 2 + n
    edges = [(int(data[base + 2 * i]), int(data[base + 2 * i + 1])) for i in range(m)]
    start = [0] * (n + 1)
    rounds = 0
    changed = True
    while changed:
        changed = False
        rounds += 1
        if rounds > n + 1:
            print(-1)
            return
        for a, b in edges:
            f = start[a] + d[a]
            if f > start[b]:
                start[b] = f
                changed = True
    print(max(start[v] + d[v] for v in range(1, n + 1)))


main()
