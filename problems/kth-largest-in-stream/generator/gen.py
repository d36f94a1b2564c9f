"""Hidden-test generator for kth-largest-in-stream.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

rnd = random.Random(4242)
N = 100000
M = 30000
tests = [
    (1, 1, [0]),
    (5, 5, [3, 1, 4, 1, 5]),
    (8, 2, [9, 9, 9, 1, 9, 2, 10, 10]),
    (1000, 17, [rnd.randint(0, 50) for _ in range(1000)]),
    (M, 1, [rnd.randint(0, 10 ** 9) for _ in range(M)]),
    (M, M, [rnd.randint(0, 10 ** 9) for _ in range(M)]),
    (N, 1000, list(range(N))),                          # increasing: heap changes every step
    (M, 20000, list(range(10 ** 5, 10 ** 5 - M, -1))),  # decreasing
    (N, 77777, [7] * N),                                # all equal
    (N, 50000, [rnd.randint(0, 99999) for _ in range(N)]),
    (M, 15000, [rnd.randint(0, 100) for _ in range(M)]),
]
for i, (n, k, a) in enumerate(tests, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{n} {k}\n{' '.join(map(str, a))}\n")
