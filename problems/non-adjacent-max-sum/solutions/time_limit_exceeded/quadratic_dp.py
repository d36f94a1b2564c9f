# best[i] = a[i] + max(best[j] for j <= i - 2): correct but O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    best = [0] * n
    for i in range(n):
        m = 0
        for j in range(i - 1):
            if best[j] > m:
                m = best[j]
        best[i] = a[i] + m
    print(max(best))


main()
