# Only compares each node with its direct children.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    tok = data[1:1 + m]
    vals = [int(t) for t in tok if t != b"null"]
    n = len(vals)
    cnt = 1
    p = 1
    for i in range(n):
        for side in (0, 1):
            if p < m:
                if tok[p] != b"null":
                    c = vals[cnt]
                    if (side == 0 and not c < vals[i]) or (side == 1 and not c > vals[i]):
                        print("NO")
                        return
                    cnt += 1
                p += 1
    print("YES")


main()
