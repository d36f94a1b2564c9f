# Too slow: after every closure, counts the regions again with a union-find
# pass over all open roads. O(q * (n + m)).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [0] + [int(x) for x in data[2:2 + 2 * m:2]]
    b = [0] + [int(x) for x in data[3:3 + 2 * m:2]]
    q = int(data[2 + 2 * m])
    closes = [int(x) for x in data[3 + 2 * m:3 + 2 * m + q]]
    open_road = [True] * (m + 1)
    out = []
    for r in closes:
        open_road[r] = False
        parent = list(range(n + 1))
        comps = n
        for i in range(1, m + 1):
            if open_road[i]:
                x, y = a[i], b[i]
                while parent[x] != x:
                    parent[x] = parent[parent[x]]
                    x = parent[x]
                while parent[y] != y:
                    parent[y] = parent[parent[y]]
                    y = parent[y]
                if x != y:
                    parent[x] = y
                    comps -= 1
        out.append(comps)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
