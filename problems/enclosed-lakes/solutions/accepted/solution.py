import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    W = m + 2
    # padded grid: a ring of open "outside" cells around the map
    open_ = bytearray(b"\x01" * (W * (n + 2)))
    for i in range(n):
        row = data[2 + i]
        base = (i + 1) * W + 1
        open_[base:base + m] = row.replace(b"#", b"\x00").replace(b".", b"\x01")
    seen = bytearray(len(open_))
    steps = (1, -1, W, -W)
    size = len(open_)

    def flood(start):
        seen[start] = 1
        stack = [start]
        pop = stack.pop
        push = stack.append
        while stack:
            c = pop()
            for d in steps:
                x = c + d
                if 0 <= x < size and open_[x] and not seen[x]:
                    seen[x] = 1
                    push(x)

    flood(0)  # everything connected to the outside ring drains
    lakes = 0
    for i in range(1, n + 1):
        base = i * W
        for c in range(base + 1, base + m + 1):
            if open_[c] and not seen[c]:
                lakes += 1
                flood(c)
    print(lakes)


main()
