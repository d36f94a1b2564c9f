"""Hidden-test generator for max-xor-pair.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(8128)
N = 100000
TOP = (1 << 30) - 1
cases = [
    [0, 0],
    [0, TOP],
    [5, 5, 5],
    [7, 8],
    [rng.randint(0, TOP) for _ in range(N)],
    [12345] * N,                                          # all equal -> 0
    [rng.randint(0, 1 << 20) for _ in range(N // 2)],
    # all codes share the top bit, so the maximum code is a poor anchor
    [(1 << 29) | rng.randint(0, (1 << 29) - 1) for _ in range(N - 1)] + [rng.randint(0, 1000)],
    # only two codes differ in bit 29; answer needs exactly that pair
    [rng.randint(0, (1 << 28) - 1) for _ in range(N - 2)] + [(1 << 29) + 12345, 54321],
    list(range(N // 2)),                                     # consecutive integers
    [rng.randint(0, TOP) & ~0xFFFF for _ in range(N // 2)],  # low bits all zero
    [1 << rng.randint(0, 29) for _ in range(N // 2)],        # powers of two
    [rng.randint(0, TOP) for _ in range(3000)],
]
for i, a in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
