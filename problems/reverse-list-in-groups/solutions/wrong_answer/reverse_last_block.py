# Also reverses the shorter final block.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = data[2:2 + n]
    out = []
    for s in range(0, n, k):
        out.extend(reversed(a[s:s + k]))
    print(" ".join(x.decode() for x in out))


main()
