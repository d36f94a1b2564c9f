import sys
from bisect import bisect_left, bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    for tok in data[2 + n:2 + n + q]:
        x = int(tok)
        lo = bisect_left(a, x)
        if lo < n and a[lo] == x:
            out.append("%d %d" % (lo + 1, bisect_right(a, x, lo)))
        else:
            out.append("-1 -1")
    sys.stdout.write("\n".join(out) + "\n")


main()
