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
    dist = [-1] * len(grid)
    dist[start] = 0
    steps = (1, -1, w, -w)
    level = [start]
    d = 0
    # 0-1 BFS done level by level: flood free cells at cost d, collect rubble for d + 1
    while level and dist[end] < 0:
        nxt = []
        stack = level
        while stack:
            c = stack.pop()
            for s in steps:
                nb = c + s
                if dist[nb] < 0:
                    g = grid[nb]
                    if g == ROCK:
                        continue
                    if g == RUBBLE:
                        dist[nb] = d + 1
                        nxt.append(nb)
                    else:
                        dist[nb] = d
                        stack.append(nb)
        level = nxt
        d += 1
    print(dist[end])


main()
