"""Hidden-test generator for non-adjacent-max-sum.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(777)
N = 100000
cases = [
    [0],
    [42],
    [0, 0, 0, 0],
    [3, 100, 3, 3, 100, 3],                   # needs a gap of two
    [1000000000] * N,                          # all equal, max values
    [rng.randint(0, 10**9) for _ in range(N)],
    [rng.randint(0, 10) for _ in range(N)],
    list(range(N)),                            # increasing
    [rng.choice([0, 10**9]) for _ in range(N)],
    [10**9 if i % 3 == 0 else 1 for i in range(N)],
    [rng.randint(0, 10**9) for _ in range(1000)],
    [0] * N,
]
for i, a in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
