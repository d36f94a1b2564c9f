# Wrong: amount in the outer loop counts ordered sequences of coins,
# so 1 + 2 and 2 + 1 are counted separately.
import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = [int(x) for x in data[2:2 + n]]
    ways = [0] * (amount + 1)
    ways[0] = 1
    for s in range(1, amount + 1):
        total = 0
        for c in coins:
            if c <= s:
                total += ways[s - c]
        ways[s] = total % MOD
    print(ways[amount])


main()
