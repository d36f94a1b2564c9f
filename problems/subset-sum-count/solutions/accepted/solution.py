import sys
from bisect import bisect_left, bisect_right
from itertools import repeat


def all_sums(vals):
    """Sums of all 2^len(vals) subsets (including the empty one)."""
    sums = [0]
    for x in vals:
        sums += [s + x for s in sums]
    return sums


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    left = all_sums(a[:n // 2])
    right = all_sums(a[n // 2:])
    right.sort()
    need = [k - s for s in left]
    m = len(right)
    hi = sum(map(bisect_right, repeat(right, len(need)), need))
    lo = sum(map(bisect_left, repeat(right, len(need)), need))
    total = hi - lo
    if k == 0:
        total -= 1  # both halves empty
    print(total)


main()
