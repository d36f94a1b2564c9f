# Recomputes the heights of both subtrees of every node from scratch: O(n * depth).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    tok = data[1:1 + m]
    n = sum(1 for t in tok if t != b"null")
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

    def height(v):
        if v < 0:
            return 0
        level = [v]
        d = 0
        while level:
            d += 1
            nxt = []
            for u in level:
                if left[u] >= 0:
                    nxt.append(left[u])
                if right[u] >= 0:
                    nxt.append(right[u])
            level = nxt
        return d

    best = 0
    for i in range(n):
        best = max(best, height(left[i]) + height(right[i]))
    print(best)


main()
