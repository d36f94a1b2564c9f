"""Generates the hidden tests for bounded-knapsack.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import random
import sys

OUT = None  # set from the command line in main()


def write(idx, cap, items):
    with open(os.path.join(OUT, "%02d.in" % idx), "w") as f:
        f.write("%d %d\n" % (len(items), cap))
        for w, v, c in items:
            f.write("%d %d %d\n" % (w, v, c))


def main():
    global OUT
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    OUT = sys.argv[1]
    rng = random.Random(5150)
    os.makedirs(OUT, exist_ok=True)
    write(1, 1, [(1, 1, 1)])                                   # smallest
    write(2, 1, [(2, 100, 5)])                                 # nothing fits
    write(3, 5000, [(1, 10**6, 1000)] * 100)                   # all equal, max answer
    write(4, 10, [(3, 5, 1), (3, 5, 1), (4, 7, 2), (1, 1, 1000)])
    # counts are the binding constraint: best ratio kind runs out
    write(5, 5000, [(1, 10**6, 3)] + [(rng.randint(1, 50), rng.randint(1, 1000), 1000) for _ in range(99)])
    write(6, 5000, [(rng.randint(1, 60), rng.randint(1, 10**6), 1000) for _ in range(100)])  # naive worst
    write(7, 5000, [(rng.randint(1, 5000), rng.randint(1, 10**6), rng.randint(1, 1000)) for _ in range(100)])
    write(8, 4999, [(w, w * 3 + rng.randint(0, 2), rng.randint(1, 30)) for w in rng.sample(range(1, 500), 100)])
    write(9, 5000, [(5000, 10**6, 1000)] * 50 + [(4999, 999999, 1)] * 50)  # heavy items, one unit only
    write(10, 3000, [(rng.randint(20, 200), rng.randint(1, 10**6), rng.randint(1, 20)) for _ in range(100)])
    write(11, 777, [(rng.randint(1, 30), rng.randint(1, 100), rng.randint(1, 5)) for _ in range(40)])
    write(12, 5000, [(i, i * i, 1000 - i) for i in range(1, 101)])  # convex values, big counts
    write(13, 5000, [(7, 13, 1000), (11, 21, 1000), (13, 25, 1000)] + [(rng.randint(1, 9), rng.randint(1, 17), 1000) for _ in range(97)])


if __name__ == "__main__":
    main()
