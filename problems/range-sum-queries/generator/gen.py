"""Hidden-test generator for range-sum-queries.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

rng = random.Random(7)
if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
B = 10 ** 9


def write(k, a, qs):
    lines = [f"{len(a)} {len(qs)}", " ".join(map(str, a))]
    lines += [f"{l} {r}" for l, r in qs]
    (OUT / f"{k:02d}.in").write_text("\n".join(lines) + "\n")


def rand_queries(n, q):
    res = []
    for _ in range(q):
        l = rng.randint(1, n); r = rng.randint(1, n)
        res.append((min(l, r), max(l, r)))
    return res


N = 100000
Q = 20000
M = 30000
tests = []
tests.append(([5], [(1, 1)]))                                            # smallest
tests.append(([-B], [(1, 1)]))
tests.append(([rng.randint(-10, 10) for _ in range(10)], [(l, r) for l in range(1, 11) for r in range(l, 11)]))
tests.append(([rng.randint(-B, B) for _ in range(1000)], rand_queries(1000, 1000)))
tests.append(([B] * N, [(1, N)] * Q))                                    # max n, max sum, whole range
tests.append(([rng.randint(-B, B) for _ in range(M)], rand_queries(M, Q)))
tests.append(([rng.randint(0, 99) for _ in range(N)], rand_queries(N, Q)))
tests.append(([7] * N, [(1, rng.randint(N // 2, N)) for _ in range(Q)]))  # all equal, long prefixes
tests.append(([rng.choice([B, -B]) for _ in range(M)], [(rng.randint(1, 100), rng.randint(M - 100, M)) for _ in range(Q)]))
tests.append(([rng.randint(-B, B) for _ in range(M)], [(1, 1), (M, M), (1, M)] * 1000))
tests.append(([-1] * 10, [(1, 10), (3, 3)]))
tests.append(([rng.randint(-3, 3) for _ in range(10)], [(i, i) for i in range(1, 11)] * 10000))  # max q
for k, (a, qs) in enumerate(tests, 1):
    write(k, a, qs)
