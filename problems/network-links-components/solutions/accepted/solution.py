import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    comps = n
    out = []
    for i in range(q):
        a = int(data[2 + 2 * i])
        b = int(data[3 + 2 * i])
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            comps -= 1
        out.append(comps)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
