# Too slow: sweeps the whole grid over and over, relaxing each cell from its
# neighbours, until nothing changes. Needs about route-length sweeps.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    w = m + 2
    grid = bytearray(b"@" * (w * (n + 2)))
    for i in range(n):
        base = (i + 1) * w + 1
        grid[base:base + m] = data[2 + i]
    start = grid.find(b"S")
    end = grid.find(b"E")
    ROCK, RUBBLE = ord("@"), ord("#")
    INF = 10 ** 9
    dist = [INF] * len(grid)
    dist[start] = 0
    cells = [c for c in range(len(grid)) if grid[c] != ROCK and c != start]
    cost = [1 if grid[c] == RUBBLE else 0 for c in range(len(grid))]
    changed = True
    while changed:
        changed = False
        for c in cells:
            best = min(dist[c + 1], dist[c - 1], dist[c + w], dist[c - w]) + cost[c]
            if best < dist[c]:
                dist[c] = best
                changed = True
    print(dist[end] if dist[end] < INF else -1)


main()
