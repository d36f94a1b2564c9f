"""Generates the hidden tests for count-subarrays-with-sum.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

rng = random.Random(5150)
if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
N = 100000
A = 10 ** 4

tests = []
tests.append((5, [5]))                                                   # smallest, one hit
tests.append((-3, [4]))                                                  # smallest, no hit
tests.append((0, [1, -1, 1, -1, 1, -1]))
tests.append((2, [rng.randint(-3, 3) for _ in range(500)]))
tests.append((0, [0] * N))                                               # answer n(n+1)/2 > 2^31
tests.append((7, [rng.randint(-10, 10) for _ in range(N)]))
tests.append((0, [rng.choice([-1, 1]) for _ in range(N)]))               # lots of repeated prefix sums
tests.append((10 ** 9, [A] * N))                                         # sum 1e9 exactly, once
tests.append((-(10 ** 9), [-A] * N))
tests.append((A, [A] * N))                                               # every single element
tests.append((12345, [rng.randint(-A, A) for _ in range(N)]))
tests.append((3, [rng.randint(0, 3) for _ in range(N)]))                 # non-negative with zeros
tests.append((999999999, [rng.randint(-5, 5) for _ in range(N)]))        # unreachable target
for idx, (k, a) in enumerate(tests, 1):
    (OUT / f"{idx:02d}.in").write_text(f"{len(a)} {k}\n{' '.join(map(str, a))}\n")
