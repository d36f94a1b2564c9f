# Standard 0/1 knapsack over a boolean list: O(n * sum / 2) Python steps.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = list(map(int, data[1:1 + n]))
    total = sum(w)
    half = total // 2
    can = [False] * (half + 1)
    can[0] = True
    for x in w:
        for s in range(half, x - 1, -1):
            if can[s - x]:
                can[s] = True
    best = half
    while not can[best]:
        best -= 1
    print(total - 2 * best)


main()
