"""Writes the hidden inputs for sliding-window-maximum. Deterministic (fixed seed).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

rng = random.Random(31337)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
N = 100000
B = 10 ** 9

tests = []
tests.append((1, [-B]))                                               # smallest
tests.append((3, [2, 9, 4]))                                          # k = n
tests.append((1, [rng.randint(-9, 9) for _ in range(30)]))            # k = 1
tests.append((4, [rng.randint(1, 3) for _ in range(200)]))            # many duplicates
tests.append((N // 2, [rng.randint(-10 ** 4, 10 ** 4) for _ in range(N)]))   # big k, random
tests.append((N // 2, list(range(N, 0, -1))))                         # decreasing: front expires each step
tests.append((N // 2 + 1, list(range(1, N + 1))))                     # increasing
tests.append((1000, [5] * N))                                         # all equal
tests.append((N, [rng.randint(-B, B) for _ in range(N)]))             # one window, full range
tests.append((317, [rng.randint(0, 50) for _ in range(N // 2)]))           # small values, duplicates
tests.append((N // 3, [(i % 1000) * (1 if i % 2 else -1) for i in range(N)]))
tests.append((2, [rng.choice([7, 7, 3]) for _ in range(N)]))          # k = 2 with ties
for idx, (k, a) in enumerate(tests, 1):
    (OUT / f"{idx:02d}.in").write_text(f"{len(a)} {k}\n{' '.join(map(str, a))}\n")
