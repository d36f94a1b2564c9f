# Walks every route one by one with an explicit stack: exponential.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    g = [row.decode() for row in data[2:2 + r]]
    if g[0][0] == "#":
        print(0)
        return
    count = 0
    stack = [(0, 0)]
    while stack:
        i, j = stack.pop()
        if i == r - 1 and j == c - 1:
            count += 1
            continue
        if i + 1 < r and g[i + 1][j] == ".":
            stack.append((i + 1, j))
        if j + 1 < c and g[i][j + 1] == ".":
            stack.append((i, j + 1))
    print(count % (10**9 + 7))


main()
