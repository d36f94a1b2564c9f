# Bug: binary search starts from 1 and the day counter never notices that a
# single parcel can be heavier than the capacity, so it may answer too little.
import sys

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
w = list(map(int, data[2:2 + n]))


def ok(cap):
    days, cur = 1, 0
    for x in w:
        if cur + x > cap:
            days += 1
            cur = 0
        cur += x
    return days <= d


lo, hi = 1, sum(w)
while lo < hi:
    mid = (lo + hi) // 2
    if ok(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
