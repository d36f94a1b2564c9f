# Wrong: finds the route with the fewest moves (plain BFS) and counts the
# rubble on it; a longer route may need less drilling.
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
    drilled = [-1] * len(grid)
    drilled[start] = 0
    frontier = [start]
    while frontier and drilled[end] < 0:
        nxt = []
        for c in frontier:
            for s in (1, -1, w, -w):
                nb = c + s
                if drilled[nb] < 0 and grid[nb] != ROCK:
                    drilled[nb] = drilled[c] + (grid[nb] == RUBBLE)
                    nxt.append(nb)
        frontier = nxt
    print(drilled[end])


main()
