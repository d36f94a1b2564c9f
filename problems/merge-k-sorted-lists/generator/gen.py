"""Hidden-test generator for merge-k-sorted-lists.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

rnd = random.Random(31337)
N = 100000


def split_random(total, k, lo=-10 ** 6, hi=10 ** 6, allow_empty=True):
    """k sorted lists with total values, random lengths."""
    if allow_empty:
        cuts = sorted(rnd.randint(0, total) for _ in range(k - 1))
    else:
        cuts = sorted(rnd.sample(range(1, total), k - 1))
    bounds = [0] + cuts + [total]
    return [sorted(rnd.randint(lo, hi) for _ in range(b - a)) for a, b in zip(bounds, bounds[1:])]


tests = [
    [[42]],
    [[], [], [3]],
    [[1, 1, 1], [1, 1], [1]],
    split_random(50, 6),
    split_random(1000, 30, -5, 5),
    [sorted(rnd.randint(-10 ** 6, 10 ** 6) for _ in range(30000))],   # a single list
    [[rnd.randint(-999, 999)] for _ in range(N)],                  # many one-element lists
    [[i, i + 50000] for i in range(50000)],                          # 50000 lists of two
    split_random(N, 1000, -9999, 9999),
    split_random(N, 50000, 0, 9, allow_empty=False),
    [list(range(i * 300, (i + 1) * 300)) for i in range(99, -1, -1)],  # disjoint ranges, reversed
    [[] for _ in range(99999)] + [[7]],                                   # almost all empty
    [[0] * 500 for _ in range(200)],
]
for i, lists in enumerate(tests, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(lists)}\n")
        for lst in lists:
            f.write(" ".join(map(str, [len(lst)] + lst)) + "\n")
