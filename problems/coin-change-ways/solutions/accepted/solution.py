import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = [int(x) for x in data[2:2 + n]]
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:               # coins in the outer loop: each multiset counted once
        for s in range(c, amount + 1):
            v = ways[s] + ways[s - c]
            ways[s] = v - MOD if v >= MOD else v
    print(ways[amount])


main()
