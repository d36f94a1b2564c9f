import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = data[2:2 + 3 * m:3]
    b = data[3:3 + 3 * m:3]
    c = list(map(int, data[4:4 + 3 * m:3]))
    order = sorted(range(m), key=c.__getitem__)
    parent = list(range(n + 1))
    total = 0
    joined = 0
    for i in order:
        x = int(a[i])
        y = int(b[i])
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        while parent[y] != y:
            parent[y] = parent[parent[y]]
            y = parent[y]
        if x != y:
            parent[x] = y
            total += c[i]
            joined += 1
            if joined == n - 1:
                break
    print(total if joined == n - 1 else -1)


main()
