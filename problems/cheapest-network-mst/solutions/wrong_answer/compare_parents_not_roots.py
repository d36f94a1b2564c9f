# Wrong: Kruskal's algorithm, but the cycle test compares the direct parents
# of the two offices instead of the roots of their groups.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
    parent = list(range(n + 1))
    total = 0
    joined = 0
    for c, x, y in edges:
        if parent[x] != parent[y]:
            parent[x] = parent[y]
            total += c
            joined += 1
    print(total if joined == n - 1 else -1)


main()
