# Bug: loops over step sizes in the outer loop (coin-change style), which counts
# multisets of jumps instead of ordered sequences.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    steps = [int(x) for x in data[2:2 + k]]
    MOD = 10**9 + 7
    ways = [0] * (n + 1)
    ways[0] = 1
    for s in steps:
        for i in range(s, n + 1):
            ways[i] = (ways[i] + ways[i - s]) % MOD
    print(ways[n])


main()
