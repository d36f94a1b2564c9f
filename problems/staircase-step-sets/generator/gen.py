"""Generates the hidden inputs for staircase-step-sets (deterministic).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(20261124)
cases = [
    (1, [1]),
    (1, [2]),
    (10, [4, 6]),                       # parity-like: 10 = 4+6, 6+4
    (99999, [2, 4, 6]),                 # impossible: odd target with even steps
    (100000, [1, 2]),                   # Fibonacci-like, huge
    (100000, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    (100000, [100000]),
    (100000, [1, 100000]),
    (100000, rng.sample(range(1, 30), 10)),
    (100000, rng.sample(range(1, 100001), 10)),
    (54321, [7, 11, 13]),
    (60, [1, 2, 3]),
]
for i, (n, steps) in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{n} {len(steps)}\n{' '.join(map(str, steps))}\n")
