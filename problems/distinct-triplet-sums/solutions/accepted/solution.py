import sys
from bisect import bisect_left
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    cnt = Counter(map(int, data[2:2 + n]))
    u = sorted(cnt)
    vs = set(u)
    m = len(u)
    ans = 0
    # x < y < z, all distinct values
    for i in range(m):
        x = u[i]
        s = t - x
        # y > x and y < s - y  (so z = s - y > y)
        k = bisect_left(u, (s + 1) // 2 if s % 2 else s // 2, i + 1)
        if k > i + 1:
            ans += len(vs.intersection(map(s.__sub__, u[i + 1:k])))
    for x, c in cnt.items():
        if c >= 2:
            z = t - 2 * x
            if z != x and z in vs:          # x = y < z  or  z < x = y
                ans += 1
        if c >= 3 and 3 * x == t:
            ans += 1
    print(ans)


main()
