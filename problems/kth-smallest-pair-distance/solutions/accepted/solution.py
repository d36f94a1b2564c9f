import sys
from bisect import bisect_right
from itertools import repeat


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    base = n * (n + 1) // 2

    def pairs_within(d):
        # for each i, houses j > i with a[j] <= a[i] + d number
        # bisect_right(a, a[i] + d) - (i + 1); sum that over all i
        return sum(map(bisect_right, repeat(a, n), [x + d for x in a])) - base

    lo, hi = 0, a[-1] - a[0]
    while lo < hi:
        mid = (lo + hi) // 2
        if pairs_within(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
