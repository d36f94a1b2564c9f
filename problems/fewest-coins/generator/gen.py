"""Hidden-test generator for fewest-coins.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(99)
cases = [
    (0, [5]),
    (1, [2]),
    (80, [1, 2, 5]),                                   # small but exponential for brute force
    (10000, [1]),
    (10000, [10000]),
    (9999, [2, 4, 6, 8, 10]),                          # impossible (odd)
    (10000, [1, 7, 10, 5000, 9999]),                   # greedy fails
    (10000, rng.sample(range(1, 10001), 100)),
    (10000, rng.sample(range(2, 200), 100)),
    (9973, rng.sample(range(100, 1000), 100)),
    (10000, [rng.randint(1, 10000) for _ in range(100)]),
    (10000, [9999, 9998, 9997] * 33 + [10001 - 10000 + 1]),  # lots of duplicates
    (10000, list(range(101, 201))),
]
for i, (t, coins) in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(coins)} {t}\n{' '.join(map(str, coins))}\n")
