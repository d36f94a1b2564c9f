"""Generates the hidden tests for edit-distance-ops.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(2718)


def rnd(n, alpha="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(alpha) for _ in range(n))


def mutate(w, k):
    w = list(w)
    for _ in range(k):
        op = rng.randrange(3)
        p = rng.randrange(len(w) + 1)
        if op == 0:
            w.insert(p, rng.choice("abcdefghijklmnopqrstuvwxyz"))
        elif op == 1 and len(w) > 1 and p < len(w):
            del w[p]
        elif p < len(w):
            w[p] = rng.choice("abcdefghijklmnopqrstuvwxyz")
    return "".join(w)


base = rnd(1000)
cases = [
    ("a", "a"),
    ("a", "b"),
    ("z", "z" * 1000),
    ("abcdefgh", "hgfedcba"),
    (rnd(20, "ab"), rnd(20, "ab")),                 # small, brute force already explodes
    (rnd(1000), rnd(1000)),
    (rnd(1000, "ab"), rnd(1000, "ab")),
    ("a" * 1000, "b" * 1000),
    ("a" * 1000, "a" * 1000),
    (base, mutate(base, 40)[:1000]),
    ("ab" * 500, "ba" * 500),
    (rnd(1000, "xyz"), rnd(1, "xyz")),
    (rnd(999), rnd(1000)),
]
for i, (s, t) in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{s}\n{t}\n")
