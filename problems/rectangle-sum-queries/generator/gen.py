"""Writes the hidden inputs for rectangle-sum-queries. Deterministic (fixed seed).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

rng = random.Random(2718)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)


def rand_rect(n, m):
    r1, r2 = sorted((rng.randint(1, n), rng.randint(1, n)))
    c1, c2 = sorted((rng.randint(1, m), rng.randint(1, m)))
    return (r1, c1, r2, c2)


def big_rect(n, m):
    return (rng.randint(1, 5), rng.randint(1, 5), n - rng.randint(0, 4), m - rng.randint(0, 4))


def write(idx, grid, qs):
    n, m = len(grid), len(grid[0])
    lines = [f"{n} {m} {len(qs)}"]
    lines += [" ".join(map(str, row)) for row in grid]
    lines += [" ".join(map(str, t)) for t in qs]
    (OUT / f"{idx:02d}.in").write_text("\n".join(lines) + "\n")


def grid(n, m, lo, hi):
    return [[rng.randint(lo, hi) for _ in range(m)] for _ in range(n)]


Q = 30000
tests = []
tests.append(([[-1000]], [(1, 1, 1, 1)]))                                     # smallest
tests.append(([[rng.randint(-9, 9) for _ in range(7)]], [rand_rect(1, 7) for _ in range(20)]))   # one row
tests.append(([[rng.randint(-9, 9)] for _ in range(7)], [rand_rect(7, 1) for _ in range(20)]))   # one column
g = grid(6, 6, -5, 5)
tests.append((g, [(r1, c1, r2, c2) for r1 in range(1, 7) for r2 in range(r1, 7) for c1 in (1, 3, 6) for c2 in (6,) ]))
tests.append((grid(500, 500, -9, 9), [big_rect(500, 500) for _ in range(Q)]))  # largest, big rectangles
tests.append((grid(500, 500, 0, 99), [rand_rect(500, 500) for _ in range(Q)]))
tests.append(([[1000] * 300 for _ in range(300)], [(1, 1, 300, 300)] * 5000 + [rand_rect(300, 300) for _ in range(5000)]))
tests.append(([[-1000] * 200 for _ in range(200)], [rand_rect(200, 200) for _ in range(5000)]))
tests.append((grid(500, 3, -1000, 1000), [rand_rect(500, 3) for _ in range(Q)]))
tests.append((grid(3, 500, -1000, 1000), [(i % 3 + 1, j, 3, 500) for i, j in zip(range(Q), [rng.randint(1, 500) for _ in range(Q)])]))
tests.append((grid(400, 400, -1, 1), [(r, c, r, c) for r, c in ((rng.randint(1, 400), rng.randint(1, 400)) for _ in range(Q))]))
for idx, (g, qs) in enumerate(tests, 1):
    write(idx, g, qs)
