# Tries all n! assignments.
import sys
from itertools import permutations


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + n * n]))
    cost = [vals[i * n:(i + 1) * n] for i in range(n)]
    best = None
    for p in permutations(range(n)):
        s = 0
        for i in range(n):
            s += cost[i][p[i]]
        if best is None or s < best:
            best = s
    print(best)


main()
