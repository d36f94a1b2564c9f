import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    steps = sorted(int(x) for x in data[2:2 + k])
    MOD = 10**9 + 7
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(1, n + 1):
        total = 0
        for s in steps:
            if s > i:
                break
            total += ways[i - s]
        ways[i] = total % MOD
    print(ways[n])


main()
