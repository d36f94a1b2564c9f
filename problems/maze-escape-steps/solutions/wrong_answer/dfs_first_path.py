# Wrong: explores with a depth-first search and reports the length of the first
# path that reaches the exit, which is not necessarily the shortest one.
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
    stack = [start]
    wall = ord("#")
    while stack:
        c = stack.pop()
        if c == end:
            break
        for s in (1, w, -1, -w):
            nb = c + s
            if dist[nb] < 0 and grid[nb] != wall:
                dist[nb] = dist[c] + 1
                stack.append(nb)
    print(dist[end])


main()
