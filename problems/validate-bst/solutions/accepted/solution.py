import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    tok = data[1:1 + m]
    vals = [int(t) for t in tok if t != b"null"]
    n = len(vals)
    left = [-1] * n
    right = [-1] * n
    cnt = 1
    p = 1
    for i in range(n):
        if p < m:
            if tok[p] != b"null":
                left[i] = cnt
                cnt += 1
            p += 1
        if p < m:
            if tok[p] != b"null":
                right[i] = cnt
                cnt += 1
            p += 1
    # parents come before children in breadth-first numbering: push the
    # allowed open interval (lo, hi) down the tree
    INF = 1 << 40
    lo = [-INF] * n
    hi = [INF] * n
    for i in range(n):
        v = vals[i]
        if not (lo[i] < v < hi[i]):
            print("NO")
            return
        c = left[i]
        if c >= 0:
            lo[c] = lo[i]
            hi[c] = v
        c = right[i]
        if c >= 0:
            lo[c] = v
            hi[c] = hi[i]
    print("YES")


main()
