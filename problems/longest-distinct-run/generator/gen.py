"""Hidden-test generator for longest-distinct-run.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

rng = random.Random(99)
if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
N = 100000
V = 10 ** 9

tests = []
tests.append([1])                                            # smallest
tests.append([3, 3])
tests.append([1, 2, 1, 3, 4, 3, 5, 6])                       # tie: must keep the first
tests.append([5, 1, 2, 3, 1, 9, 9, 9, 9, 9, 4, 5])           # old occurrence outside window
tests.append([rng.randint(1, 20) for _ in range(1000)])
tests.append(rng.sample(range(1, V + 1), N))                 # all distinct: answer n
tests.append([7] * N)                                        # all equal: answer 1
tests.append(list(range(1, N // 2 + 1)) * 2)                 # two copies of a long permutation
tests.append([rng.randint(1, 1000) for _ in range(N)])       # many repeats
tests.append([rng.randint(1, 30000) for _ in range(N)])      # long-ish windows
b = rng.sample(range(1, 200001), N)
b[N // 3] = b[2 * N // 3]                                    # one repeat far apart
tests.append(b)
c = [i % 25000 + 1 for i in range(N)]                        # period 25000: ties everywhere
tests.append(c)
d = rng.sample(range(1, 200001), N)                           # blocks where an old value reappears
for i in range(1000, N, 1000):
    d[i] = d[i - rng.randint(1, 999)]
tests.append(d)
for k, t in enumerate(tests, 1):
    (OUT / f"{k:02d}.in").write_text(f"{len(t)}\n{' '.join(map(str, t))}\n")
