"""Generates the hidden tests for bst-insertion-depths.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

rnd = random.Random(1618)
N = 100000
M = 40000


def distinct(n, hi=10 ** 9):
    return rnd.sample(range(1, hi + 1), n)


def zigzag(n):
    # 1, n, 2, n-1, 3, ...: a path that alternates direction
    out, lo, hi = [], 1, n
    while lo <= hi:
        out.append(lo)
        lo += 1
        if lo <= hi:
            out.append(hi)
            hi -= 1
    return out


def nearly_sorted(n, swaps):
    a = list(range(1, n + 1))
    for _ in range(swaps):
        i = rnd.randrange(n - 1)
        a[i], a[i + 1] = a[i + 1], a[i]
    return a


def broom(n):
    # first half increasing (a long path), then random keys hanging below it
    half = n // 2
    a = [2 * i for i in range(1, half + 1)]
    rest = [2 * i + 1 for i in range(0, n - half)]
    rnd.shuffle(rest)
    return a + rest


tests = [
    [7],
    [2, 1],
    [3, 1, 2, 5, 4],
    distinct(1000, 5000),
    distinct(N, 10 ** 6),
    list(range(1, N + 1)),                 # sorted: a right path
    list(range(10 ** 9, 10 ** 9 - M, -1)), # reversed: a left path
    zigzag(M),
    nearly_sorted(M, 1500),
    broom(M),
    [x * 10000 for x in zigzag(M)][::-1],
    distinct(N, N + 5),
]
for i, a in enumerate(tests, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
