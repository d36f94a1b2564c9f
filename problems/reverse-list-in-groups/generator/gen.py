"""Generates the hidden inputs for reverse-list-in-groups.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import random
import sys

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

rnd = random.Random(99)
N = 100000


def rv(n, lo=-10 ** 6, hi=10 ** 6):
    return [rnd.randint(lo, hi) for _ in range(n)]


tests = [
    (1, 1, [5]),
    (2, 2, [1, 2]),
    (7, 3, [1, 2, 3, 4, 5, 6, 7]),
    (10, 4, rv(10)),
    (1000, 7, rv(1000)),
    (N, N, rv(N)),                    # one block: reverse all
    (N, 1, rv(N, 0, 9)),
    (N, N - 1, rv(N, 0, 999)),        # one full block and one leftover node
    (N, 50001, list(range(N))),       # one full block, long leftover
    (N, 3, rv(N, -99, 99)),
    (60000, 60000 // 7, [0] * 60000),
    (N - 1, 333, rv(N - 1, 0, 99)),
]
for i, (n, k, a) in enumerate(tests, 1):
    with open(os.path.join(OUT, f"{i:02d}.in"), "w") as f:
        f.write(f"{n} {k}\n{' '.join(map(str, a))}\n")
