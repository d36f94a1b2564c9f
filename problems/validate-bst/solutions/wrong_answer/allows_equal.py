# Correct interval idea, but accepts equal values (non-strict comparisons).
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
    INF = 1 << 40
    lo = [-INF] * n
    hi = [INF] * n
    for i in range(n):
        v = vals[i]
        if not (lo[i] <= v <= hi[i]):
            print("NO")
            return
        for c, a, b in ((left[i], lo[i], v), (right[i], v, hi[i])):
            if c >= 0:
                lo[c] = a
                hi[c] = b
    print("YES")


main()
