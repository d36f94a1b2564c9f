"""Hidden-test generator for largest-histogram-rectangle.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

rng = random.Random(1234567)
if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
N = 100000
H = 10 ** 9

tests = []
tests.append([0])                                                  # smallest, zero area
tests.append([H])                                                  # smallest, max height
tests.append([1, 2, 3, 4, 5])                                      # increasing: best reaches the right end
tests.append([5, 4, 3, 2, 1])
tests.append([rng.randint(0, 10) for _ in range(300)])
tests.append([7] * N)                                              # all equal: naive expands fully
tests.append([H] * N)                                              # answer 1e14, beyond 32 bits
tests.append(list(range(1, N + 1)))                                # increasing, largest
tests.append(list(range(N, 0, -1)))                                # decreasing
tests.append([rng.randint(0, 99) for _ in range(N)])
tests.append([rng.randint(H - 100, H) for _ in range(N // 8)])    # tall, nearly equal
tests.append([1 + (i % 2) * 100 for i in range(N)])                # alternating low/high
tests.append([min(i, N - 1 - i) for i in range(N)])                # mountain
tests.append([0 if i % 1000 == 0 else 50 for i in range(N)])       # zero gaps
for k, t in enumerate(tests, 1):
    (OUT / f"{k:02d}.in").write_text(f"{len(t)}\n{' '.join(map(str, t))}\n")
