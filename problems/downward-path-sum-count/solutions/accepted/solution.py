import sys


def main():
    tok = sys.stdin.buffer.read().split()
    n, T = int(tok[0]), int(tok[1])
    vals = tok[2:]
    val = [int(vals[0])]
    kids = [[]]
    slot = 1
    i = 0
    while i < len(val):
        for _ in range(2):
            t = vals[slot]
            slot += 1
            if t != b"null":
                kids[i].append(len(val))
                val.append(int(t))
                kids.append([])
        i += 1
    # seen[p]: how many prefixes on the current root-to-node path (including the empty one) equal p
    seen = {0: 1}
    ans = 0
    stack = [(0, 0)]          # (node, prefix sum above it); node -1 means "leave", prefix is its own
    while stack:
        u, above = stack.pop()
        if u < 0:
            seen[above] -= 1
            continue
        p = above + val[u]
        ans += seen.get(p - T, 0)
        seen[p] = seen.get(p, 0) + 1
        stack.append((-1, p))
        for c in kids[u]:
            stack.append((c, p))
    print(ans)


main()
