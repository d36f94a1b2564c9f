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
            v = a[i]
            if v > rem:
                break                       # sorted: nothing further fits
            if i > start and v == a[i - 1]:
                continue                    # same value at this depth: duplicate multiset
            cur.append(v)
            go(i + 1, rem - v)
            cur.pop()

    go(0, t)
    sys.stdout.write(str(len(res)) + "\n" + "".join(s + "\n" for s in res))


main()
