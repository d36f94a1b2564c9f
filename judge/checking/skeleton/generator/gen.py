"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR, the same bytes on
every run (a fixed seed): the smallest and largest cases first, then random ones."""

import random
import sys
from pathlib import Path

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(2026)
N, A = 200_000, 10**9

tests = [
    [0],  # the smallest input
    [-A],  # one value, the smallest
    [A] * N,  # the largest sum: needs 64 bits
    [-A] * N,  # the smallest sum
    [A, -A] * (N // 2),  # a sum of 0 from the extremes
    [rng.randint(-A, A) for _ in range(1000)],
    [rng.randint(-A, A) for _ in range(N)],
    [rng.randint(0, A) for _ in range(N)],
]
for index, values in enumerate(tests, start=1):
    (OUT / f"{index:02d}.in").write_text(f"{len(values)}\n{' '.join(map(str, values))}\n")
