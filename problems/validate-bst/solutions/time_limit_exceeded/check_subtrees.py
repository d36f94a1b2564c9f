# Checks every node against every value of its two subtrees: O(n * depth).
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

    def subtree(v):
        out = []
        stack = [v] if v >= 0 else []
        while stack:
            u = stack.pop()
            out.append(vals[u])
            if left[u] >= 0:
                stack.append(left[u])
            if right[u] >= 0:
                stack.append(right[u])
        return out

    for i in range(n):
        if any(x >= vals[i] for x in subtree(left[i])) or any(x <= vals[i] for x in subtree(right[i])):
            print("NO")
            return
    print("YES")


main()
