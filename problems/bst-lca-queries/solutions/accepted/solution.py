import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    tok = data[1:1 + m]
    keys = [int(t) for t in tok if t != b"null"]
    n = len(keys)
    depth = [0] * n
    cnt = 1
    p = 1
    for i in range(n):  # breadth-first: parents before children
        for _ in (0, 1):
            if p < m:
                if tok[p] != b"null":
                    depth[cnt] = depth[i] + 1
                    cnt += 1
                p += 1
    # The LCA of u and v is the shallowest node whose key lies between u and v.
    # Sort nodes by key (the in-order sequence) and answer range-minimum queries
    # of depth with a sparse table; entries encode depth * n + rank.
    order = sorted(range(n), key=keys.__getitem__)
    rank = {}
    base = []
    for r, i in enumerate(order):
        rank[keys[i]] = r
        base.append(depth[i] * n + r)
    table = [base]
    j = 1
    while 2 * j <= n:
        prev = table[-1]
        table.append([a if a < b else b for a, b in zip(prev, prev[j:])])
        j *= 2
    q = int(data[1 + m])
    out = []
    pos = 2 + m
    sorted_keys = [keys[i] for i in order]
    for _ in range(q):
        a = rank[int(data[pos])]
        b = rank[int(data[pos + 1])]
        pos += 2
        if a > b:
            a, b = b, a
        lvl = (b - a + 1).bit_length() - 1
        row = table[lvl]
        x = row[a]
        y = row[b - (1 << lvl) + 1]
        out.append(sorted_keys[(x if x < y else y) % n])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
