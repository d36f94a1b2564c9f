import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [0] + [int(x) for x in data[2:2 + 2 * m:2]]
    b = [0] + [int(x) for x in data[3:3 + 2 * m:2]]
    q = int(data[2 + 2 * m])
    closes = [int(x) for x in data[3 + 2 * m:3 + 2 * m + q]]
    closed = [False] * (m + 1)
    for r in closes:
        closed[r] = True
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    comps = n

    def union(x, y):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        while parent[y] != y:
            parent[y] = parent[parent[y]]
            y = parent[y]
        if x == y:
            return 0
        if size[x] < size[y]:
            x, y = y, x
        parent[y] = x
        size[x] += size[y]
        return 1

    for i in range(1, m + 1):          # the roads that never close
        if not closed[i]:
            comps -= union(a[i], b[i])
    answers = [0] * q
    for j in range(q - 1, -1, -1):     # reopen roads in reverse order
        answers[j] = comps
        r = closes[j]
        comps -= union(a[r], b[r])
    sys.stdout.write("\n".join(map(str, answers)) + "\n")


main()
