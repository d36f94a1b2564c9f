# Bug: meet in the middle, but forgets that choosing nothing from both halves
# is the empty subset, which must not be counted when k = 0.
import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))


def sums(v):
    s = [0]
    for x in v:
        s += [y + x for y in s]
    return s


right = Counter(sums(a[n // 2:]))
print(sum(right.get(k - s, 0) for s in sums(a[:n // 2])))
