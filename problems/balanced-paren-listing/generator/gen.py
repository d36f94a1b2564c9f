"""Generates the hidden tests for balanced-paren-listing.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import sys

CASES = [
    (1, 1),      # smallest
    (1, 1000),   # k far above the count (only "()")
    (2, 1),
    (4, 14),     # exactly all of them (Catalan(4) = 14)
    (5, 41),     # one fewer than all (Catalan(5) = 42)
    (6, 1000),   # all 132
    (8, 1000),   # 1000 of 1430
    (10, 1000),
    (12, 1000),
    (15, 1),     # largest n, a single string
    (15, 1000),  # largest case
    (14, 777),
    (13, 999),
]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    OUT = sys.argv[1]
    os.makedirs(OUT, exist_ok=True)
    for i, (n, k) in enumerate(CASES, 1):
        with open(os.path.join(OUT, "%02d.in" % i), "w") as f:
            f.write("%d %d\n" % (n, k))


if __name__ == "__main__":
    main()
