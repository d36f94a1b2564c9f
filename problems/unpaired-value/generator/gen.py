"""Generates the hidden inputs for unpaired-value (deterministic).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(4242)
N = 99999


def make(pairs, single, order):
    a = [v for v in pairs for _ in range(2)]
    if order == "shuffle":
        rng.shuffle(a)
        a.append(single)  # single at the end: worst case for scanning
    elif order == "sorted":
        a.append(single)
        a.sort()
    elif order == "front":
        rng.shuffle(a)
        a.insert(0, single)
    return a


def distinct(k, lo, hi, avoid):
    s = set()
    while len(s) < k:
        v = rng.randint(lo, hi)
        if v != avoid:
            s.add(v)
    return list(s)


cases = [
    [0],
    [10**9],
    [5, 0, 5],
    make(distinct(49999, 0, 10**9, 10**9), 10**9, "sorted"),   # single is the largest
    make(distinct(49999, 1, 100000, 0), 0, "sorted"),           # single is the smallest
    make(distinct(49999, 0, 10**9, 123456789), 123456789, "shuffle"),
    make(distinct(49999, 0, 10**6, 987654), 987654, "shuffle"),
    make(distinct(49999, 0, 60000, 31337), 31337, "front"),
    make(distinct(49999, 0, 10**6, 5), 5, "sorted"),
    make(list(range(1, 50000)), 50000, "shuffle"),
    make(distinct(500, 0, 10**9, 77), 77, "shuffle"),
]
for i, a in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
