import sys
from bisect import bisect_right
from itertools import repeat

sys.setrecursionlimit(10000)


def sort_count(a):
    """Return (sorted copy of a, number of inversions in a) by merge sort."""
    n = len(a)
    if n <= 1:
        return a, 0
    mid = n // 2
    left, cl = sort_count(a[:mid])
    right, cr = sort_count(a[mid:])
    # for each right element, the left elements greater than it form inversions
    not_greater = sum(map(bisect_right, repeat(left, len(right)), right))
    cross = len(left) * len(right) - not_greater
    merged = left + right
    merged.sort()  # two sorted runs: timsort merges them in linear time
    return merged, cl + cr + cross


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    print(sort_count(a)[1])


main()
