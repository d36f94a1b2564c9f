# Too slow: plain recursion over "how many of the next coin", no memoisation.
import sys

MOD = 10**9 + 7
sys.setrecursionlimit(100000)


def main():
    data = sys.stdin.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = sorted((int(x) for x in data[2:2 + n]), reverse=True)

    def count(i, rem):
        if rem == 0:
            return 1
        if i == n:
            return 0
        total = 0
        c = coins[i]
        k = 0
        while k * c <= rem:
            total += count(i + 1, rem - k * c)
            k += 1
        return total % MOD

    print(count(0, amount))


main()
