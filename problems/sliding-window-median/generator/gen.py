"""Generates the hidden inputs for sliding-window-median.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import random
import sys

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

rnd = random.Random(8080)
N = 100000


def rv(n, hi=10 ** 9):
    return [rnd.randint(0, hi) for _ in range(n)]


tests = [
    (1, 1, [10 ** 9]),
    (6, 2, [5, 5, 5, 5, 5, 5]),
    (10, 4, rv(10, 9)),
    (2000, 17, rv(2000, 100)),
    (N, 1, rv(N, 999)),                                   # every element is its own median
    (N, N, rv(N, 10 ** 6)),                               # a single window
    (N, 50000, rv(N, 99999)),                             # even k, large windows
    (N, 33333, list(range(N))),                           # increasing
    (60000, 30001, list(range(60000, 0, -1))),            # decreasing
    (N, 20000, [rnd.choice((0, 1, 2)) for _ in range(N)]),  # many duplicates
    (N, 2, rv(N, 99)),
    (60000, 1000, [(i * 7919) % 1000003 for i in range(60000)]),
]
for i, (n, k, a) in enumerate(tests, 1):
    with open(os.path.join(OUT, f"{i:02d}.in"), "w") as f:
        f.write(f"{n} {k}\n{' '.join(map(str, a))}\n")
