import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    coins = sorted(set(int(x) for x in data[2:2 + n] if int(x) <= t))
    INF = t + 1
    best = [INF] * (t + 1)
    best[0] = 0
    for v in range(1, t + 1):
        m = INF
        for c in coins:
            if c > v:
                break
            b = best[v - c]
            if b < m:
                m = b
        best[v] = m + 1
    print(best[t] if best[t] <= t else -1)


main()
