import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    need = (k + 1) // 2  # valid elements the lower half must hold
    # elements are (value, index) pairs, so all are distinct and an index tells
    # whether the element has left the window (lazy deletion)
    lo = []  # max-heap of the lower half, stored as (-value, -index)
    hi = []  # min-heap of the upper half, stored as (value, index)
    lo_cnt = 0
    for i in range(k):
        heappush(lo, (-a[i], -i))
    for _ in range(k - need):
        v, j = heappop(lo)
        heappush(hi, (-v, -j))
    lo_cnt = need
    out = [-lo[0][0]]
    for i in range(k, n):
        o = i - k  # index leaving the window
        # is the outgoing element in the lower half?  lo's top is valid here
        top = lo[0]
        if a[o] < -top[0] or (a[o] == -top[0] and o <= -top[1]):
            lo_cnt -= 1
        # prune, then insert the new element
        while lo and -lo[0][1] <= o:
            heappop(lo)
        while hi and hi[0][1] <= o:
            heappop(hi)
        x = a[i]
        if lo and (x < -lo[0][0] or (x == -lo[0][0] and i < -lo[0][1])):
            heappush(lo, (-x, -i))
            lo_cnt += 1
        else:
            heappush(hi, (x, i))
        # rebalance so that lo holds exactly `need` valid elements
        if lo_cnt > need:
            v, j = heappop(lo)
            heappush(hi, (-v, -j))
            lo_cnt -= 1
        elif lo_cnt < need:
            heappush(lo, (-hi[0][0], -hi[0][1]))
            heappop(hi)
            lo_cnt += 1
        while lo and -lo[0][1] <= o:
            heappop(lo)
        while hi and hi[0][1] <= o:
            heappop(hi)
        out.append(-lo[0][0])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
