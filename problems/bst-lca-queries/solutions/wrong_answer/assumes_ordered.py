# Walks down from the root but assumes u <= v in every query.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    tok = data[1:1 + m]
    keys = [int(t) for t in tok if t != b"null"]
    n = len(keys)
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
    q = int(data[1 + m])
    out = []
    pos = 2 + m
    for _ in range(q):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        cur = 0
        while True:
            if v < keys[cur] and left[cur] >= 0:
                cur = left[cur]
            elif u > keys[cur] and right[cur] >= 0:
                cur = right[cur]
            else:
                break
        out.append(keys[cur])
    print("\n".join(map(str, out)))


main()
