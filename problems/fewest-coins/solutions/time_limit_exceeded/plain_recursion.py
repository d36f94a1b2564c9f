# Tries every coin at every step without memoisation: exponential.
import sys

sys.setrecursionlimit(100000)


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    coins = sorted(set(int(x) for x in data[2:2 + n]))

    def solve(rest):
        if rest == 0:
            return 0
        best = -1
        for c in coins:
            if c > rest:
                break
            sub = solve(rest - c)
            if sub >= 0 and (best < 0 or sub + 1 < best):
                best = sub + 1
        return best

    print(solve(t))


main()
