"""Writes the hidden inputs for warmer-day-wait. Deterministic (fixed seed).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

rng = random.Random(424242)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
N = 100000

tests = []
tests.append([17])                                              # single day
tests.append([-100, 100])
tests.append([100, -100])
tests.append([rng.randint(-5, 5) for _ in range(50)])           # many ties
tests.append([rng.randint(-100, 100) for _ in range(N)])        # random
tests.append([0] * N)                                           # all equal: all zeros
tests.append([0] * (N - 1) + [1])                               # all wait for the last day
tests.append([-100 + (i * 201) // N for i in range(N)])         # non-decreasing with ties
tests.append([100 - (i * 201) // N for i in range(N)])          # non-increasing with ties
tests.append([rng.choice([-100, 100]) for _ in range(N)])
tests.append([rng.randint(-100, 100) if i % 1000 == 0 else rng.randint(-100, -90) for i in range(N)])
tests.append([(i % 201) - 100 for i in range(N)])               # saw-tooth
for k, t in enumerate(tests, 1):
    (OUT / f"{k:02d}.in").write_text(f"{len(t)}\n{' '.join(map(str, t))}\n")
