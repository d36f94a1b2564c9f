# Sorts all scores received so far after every arrival: O(n^2 log n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    seen = []
    out = []
    for i in range(n):
        seen.append(int(data[2 + i]))
        if len(seen) < k:
            out.append(-1)
        else:
            out.append(sorted(seen, reverse=True)[k - 1])
    print(" ".join(map(str, out)))


main()
