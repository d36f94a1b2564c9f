"""Generates the hidden inputs for task-assignment-bitmask (deterministic).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(1616)


def rand(n, lo, hi):
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(n)]


def trap(n):
    # greedy in row order is lured by cheap early picks that block later rows
    c = [[10**6] * n for _ in range(n)]
    for i in range(n):
        c[i][i] = 10
        if i + 1 < n:
            c[i][i + 1] = 1
    c[n - 1][0] = 10**6
    return c


cases = [
    [[0]],
    [[10**6]],
    rand(2, 0, 10),
    trap(11),
    rand(16, 0, 10**6),
    [[10**6] * 16 for _ in range(16)],                   # all equal, maximal values
    [[0] * 16 for _ in range(16)],
    rand(16, 0, 3),                                      # many ties
    trap(16),
    [[abs(i - j) * 1000 + rng.randint(0, 999) for j in range(16)] for i in range(16)],
    [[(i * j) % 17 * 50000 for j in range(16)] for i in range(16)],
    rand(15, 0, 10**6),
    rand(9, 0, 1000),
]
for i, c in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(c)}\n")
        for row in c:
            f.write(" ".join(map(str, row)) + "\n")
