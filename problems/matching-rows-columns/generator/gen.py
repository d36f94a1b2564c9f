"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: `grid`, a JSON array of n rows of n integers."""

import json
import os
import random
import sys

random.seed(31337)
N = 1000
V = 10**5


def rand_grid(n, lo, hi):
    return [[random.randint(lo, hi) for _ in range(n)] for _ in range(n)]


def symmetric(n, lo, hi):
    g = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            g[i][j] = g[j][i] = random.randint(lo, hi)
    return g


def classes(n, k, lo, hi):
    """A symmetric grid where indices fall into k classes and grid[i][j] depends only
    on the classes of i and j: rows (and columns) of one class are identical."""
    cls = [random.randrange(k) for _ in range(n)]
    table = symmetric(k, lo, hi)
    return [[table[cls[i]][cls[j]] for j in range(n)] for i in range(n)]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: a single tile (row 0 equals column 0)
    tests.append([[7]])
    # tiny random grids over two values: matches between different indices
    tests.append(rand_grid(4, 1, 2))
    tests.append(rand_grid(8, 1, 2))
    # small grid with repeated rows and columns (counts with multiplicity)
    tests.append(classes(9, 3, 1, 3))
    # largest: every tile equal, 10^6 pairs (10^9 steps for element-wise comparison)
    tests.append([[V] * N for _ in range(N)])
    # largest: index classes, repeated rows and columns, values up to 10^5
    tests.append(classes(N, 20, 1, V))
    # largest: equal tiles except the last row, so many comparisons fail only at the
    # last element
    g = [[3] * N for _ in range(N)]
    g[N - 1] = [random.choice((3, 4)) for _ in range(N)]
    tests.append(g)
    # largest: index classes over values {1, 2}, then one tile changed to break some
    # of the pairs
    g = classes(N, 6, 1, 2)
    g[N - 1][N // 2] = 3 - g[N - 1][N // 2]
    tests.append(g)
    # large random grid, values up to 10^5 (no pairs)
    tests.append(rand_grid(700, 1, V))
    # symmetric random grid: row i equals column i, rows distinct
    tests.append(symmetric(500, 1, V))
    # random grid over two values (early mismatches, few pairs)
    tests.append(rand_grid(N, 1, 2))
    # medium: index classes with two large classes and many singletons
    n = 600
    cls = [0] * 250 + [1] * 250 + list(range(2, 102))
    random.shuffle(cls)
    table = symmetric(102, 1, 50)
    tests.append([[table[cls[i]][cls[j]] for j in range(n)] for i in range(n)])
    for i, grid in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(grid, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
