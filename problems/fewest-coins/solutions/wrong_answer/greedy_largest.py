# Bug: greedily takes the largest coin that still fits.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    coins = sorted(set(int(x) for x in data[2:2 + n]), reverse=True)
    count = 0
    for c in coins:
        count += t // c
        t %= c
    print(count if t == 0 else -1)


main()
