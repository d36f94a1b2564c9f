"""Hidden-test generator for longest-rising-subsequence.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(31415)
N = 100000
B = 10**9
cases = [
    [5],
    [-B],
    [3, 2, 1],
    [1, 1, 2, 2, 3, 3],
    [rng.randint(-B, B) for _ in range(N)],
    list(range(-N // 2, N // 2)),                    # strictly increasing
    list(range(N, 0, -1)),                           # strictly decreasing
    [7] * N,                                         # all equal
    [rng.randint(0, 50) for _ in range(N)],          # many duplicates
    sorted(rng.randint(0, 1000) for _ in range(N)),  # non-decreasing with plateaus
    [i // 2 + rng.randint(0, 3) for i in range(N)],  # noisy upward trend
    [(i % 1000) * 1000 + rng.randint(0, 999) for i in range(N)],  # saw-tooth
    [rng.randint(-B, B) for _ in range(2000)],
]
for i, a in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
