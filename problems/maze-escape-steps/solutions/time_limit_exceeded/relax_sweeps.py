# Too slow: repeatedly sweeps the whole grid relaxing distances until nothing
# changes (Bellman-Ford style). Needs about path-length sweeps on winding mazes.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    w = m + 2
    grid = bytearray(b"#" * (w * (n + 2)))
    for i in range(n):
        base = (i + 1) * w + 1
        grid[base:base + m] = data[2 + i]
    start = grid.find(b"S")
    end = grid.find(b"E")
    INF = 10 ** 9
    dist = [INF] * len(grid)
    dist[start] = 0
    wall = ord("#")
    cells = [c for c in range(len(grid)) if grid[c] != wall]
    changed = True
    while changed:
        changed = False
        for c in cells:
            best = dist[c]
            for s in (1, -1, w, -w):
                v = dist[c + s] + 1
                if v < best:
                    best = v
            if best < dist[c]:
                dist[c] = best
                changed = True
    print(dist[end] if dist[end] < INF else -1)


main()
