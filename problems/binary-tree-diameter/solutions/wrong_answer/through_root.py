# Only considers paths through the root.
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
    h = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        h[i] = max(h[left[i]], h[right[i]]) + 1
    print(h[left[0]] + h[right[0]])


main()
