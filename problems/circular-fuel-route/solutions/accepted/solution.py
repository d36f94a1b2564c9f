import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    g = list(map(int, data[1:1 + n]))
    c = list(map(int, data[1 + n:1 + 2 * n]))
    # p[j] = fuel balance after the first j legs when starting at station 1
    p = list(accumulate((x - y for x, y in zip(g, c)), initial=0))
    total = p[n]
    if total < 0:
        print(0)
        return
    # start i (0-based) works iff p[j] >= p[i] for all j in (i, n]
    # and total + p[j] >= p[i] for all j in [1, i]
    suf = [0] * (n + 1)
    suf[n] = p[n]
    for j in range(n - 1, 0, -1):
        suf[j] = p[j] if p[j] < suf[j + 1] else suf[j + 1]
    count = 0
    pre = None  # min of p[1..i]
    for i in range(n):
        if i >= 1:
            v = p[i]
            if pre is None or v < pre:
                pre = v
        pi = p[i]
        if suf[i + 1] >= pi and (pre is None or total + pre >= pi):
            count += 1
    print(count)


main()
