# Wrong: backtracks over tokens but never skips equal values, so the same
# multiset is listed once per way of picking its tokens.
import sys


def main():
    data = sys.stdin.read().split()
    n, t = int(data[0]), int(data[1])
    a = sorted(int(x) for x in data[2:2 + n])
    res = []
    cur = []

    def go(start, rem):
        if rem == 0:
            res.append(" ".join(map(str, cur)))
            return
        for i in range(start, n):
            if a[i] > rem:
                break
            cur.append(a[i])
            go(i + 1, rem - a[i])
            cur.pop()

    go(0, t)
    print(len(res))
    for s in res:
        print(s)


main()
