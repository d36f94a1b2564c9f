"""Generates the hidden tests for balanced-split.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(5150)
cases = [
    [1],
    [1000],
    [3, 3, 2, 2, 2],                                  # greedy gives 2, optimum 0
    [1000] * 1000,
    [1000] * 999,
    [rng.randint(1, 1000) for _ in range(1000)],
    [rng.randint(900, 1000) for _ in range(1000)],
    [2 * rng.randint(1, 500) for _ in range(999)] + [1],   # odd total
    [rng.choice([997, 991, 983]) for _ in range(1000)],
    [1] * 1000,
    [rng.randint(1, 1000) for _ in range(37)],
    [10 * rng.randint(1, 100) for _ in range(600)] + [3],  # answer is not 0 or 1
    [1000] * 3 + [1] * 10,                                 # one heavy box must stand alone
    [999, 1000],
    [990 + rng.randint(0, 9) for _ in range(5)] + [1, 2],
]
for i, w in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(w)}\n{' '.join(map(str, w))}\n")
