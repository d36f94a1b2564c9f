# The queue is always a rotation of the remaining jobs in their original
# circular order, so each urgency level is printed as one circular sweep
# starting from the first of its jobs at or after the current pointer.
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1]) - 1
    p = data[2:2 + n]
    levels = {}
    for i in range(n):
        levels.setdefault(int(p[i]), []).append(i)
    pos = 0          # original index of the current front (or the next index after it)
    printed = 0
    target = int(p[m])
    for value in sorted(levels, reverse=True):
        idx = levels[value]   # increasing original indices
        s = bisect_left(idx, pos)
        if s == len(idx):
            s = 0
        if value == target:
            r = bisect_left(idx, m)
            rank = r - s if r >= s else len(idx) - s + r
            print(printed + rank + 1)
            return
        printed += len(idx)
        pos = idx[s - 1] + 1  # just after the last job printed in this sweep
        # (s - 1 == -1 picks the last index when the sweep started at idx[0])


main()
