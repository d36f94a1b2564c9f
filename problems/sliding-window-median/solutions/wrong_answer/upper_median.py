# Uses the upper middle value for even k.
import sys
from bisect import bisect_left, insort


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    win = sorted(a[:k])
    out = [win[k // 2]]
    for i in range(k, n):
        del win[bisect_left(win, a[i - k])]
        insort(win, a[i])
        out.append(win[k // 2])
    print(" ".join(map(str, out)))


main()
