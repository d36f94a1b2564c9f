# Wrong: ignores the stock limits and solves the unbounded knapsack.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    best = [0] * (cap + 1)
    for i in range(n):
        w, v = int(data[2 + 3 * i]), int(data[3 + 3 * i])
        for j in range(w, cap + 1):
            if best[j - w] + v > best[j]:
                best[j] = best[j - w] + v
    print(best[cap])


main()
