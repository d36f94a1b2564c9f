import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    w = m + 2
    # padded flat grid: 1 = unvisited land
    land = bytearray(w * (n + 2))
    for i in range(n):
        row = data[2 + i]
        base = (i + 1) * w + 1
        land[base:base + m] = row.replace(b"#", b"\x01").replace(b".", b"\x00")
    islands = 0
    steps = (1, -1, w, -w)
    for start in range(len(land)):
        if land[start]:
            islands += 1
            land[start] = 0
            stack = [start]
            pop = stack.pop
            push = stack.append
            while stack:
                c = pop()
                for d in steps:
                    nb = c + d
                    if land[nb]:
                        land[nb] = 0
                        push(nb)
    print(islands)


main()
