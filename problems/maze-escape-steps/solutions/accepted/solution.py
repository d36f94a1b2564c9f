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
    dist = [-1] * len(grid)
    dist[start] = 0
    wall = ord("#")
    frontier = [start]
    d = 0
    steps = (1, -1, w, -w)
    while frontier:
        if dist[end] >= 0:
            break
        d += 1
        nxt = []
        push = nxt.append
        for c in frontier:
            for s in steps:
                nb = c + s
                if dist[nb] < 0 and grid[nb] != wall:
                    dist[nb] = d
                    push(nb)
        frontier = nxt
    print(dist[end])


main()
