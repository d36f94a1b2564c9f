# Too slow: rescans every earlier call for each new call, O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, w = int(data[0]), int(data[1])
    t = [int(x) for x in data[2:2 + n]]
    out = []
    for i in range(n):
        c = 0
        lo = t[i] - w
        for j in range(i + 1):
            if t[j] >= lo:
                c += 1
        out.append(c)
    print(" ".join(map(str, out)))


main()
