import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    w = list(map(int, data[2:2 + n]))
    mx = max(w)
    total = sum(w)

    def days_needed_ok(cap):
        days = 1
        cur = 0
        for x in w:
            cur += x
            if cur > cap:
                days += 1
                if days > d:
                    return False
                cur = x
        return True

    # with capacity ceil(total/d) + mx every day but the last carries more than
    # total/d, so at most d days are needed: the answer lies in [lo, hi].
    lo = max(mx, (total + d - 1) // d)
    hi = (total + d - 1) // d + mx
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed_ok(mid):
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
