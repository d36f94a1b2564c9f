# Too slow: floods the whole island again from every land cell and counts the
# cell only if it is the smallest index of its island. O((n*m)^2) on big islands.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    w = m + 2
    land = bytearray(w * (n + 2))
    for i in range(n):
        row = data[2 + i]
        base = (i + 1) * w + 1
        land[base:base + m] = row.replace(b"#", b"\x01").replace(b".", b"\x00")
    islands = 0
    steps = (1, -1, w, -w)
    for start in range(len(land)):
        if not land[start]:
            continue
        seen = {start}
        stack = [start]
        smallest = start
        while stack:
            c = stack.pop()
            if c < smallest:
                smallest = c
            for d in steps:
                nb = c + d
                if land[nb] and nb not in seen:
                    seen.add(nb)
                    stack.append(nb)
        if smallest == start:
            islands += 1
    print(islands)


main()
