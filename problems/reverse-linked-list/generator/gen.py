"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the list `head` as a JSON array of its values."""

import json
import os
import random
import sys

random.seed(31337001)
MAXN = 100_000
LIM = 10**9


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: the empty list
    tests.append([])
    # smallest non-empty: a single node
    tests.append([-5])
    # two nodes
    tests.append([1, 2])
    # small random list
    tests.append([random.randint(-100, 100) for _ in range(10)])
    # medium random list
    tests.append([random.randint(-LIM, LIM) for _ in range(1000)])
    # largest: all values equal (degenerate)
    tests.append([5] * MAXN)
    # largest: random values over the full range (kills the quadratic walk-to-the-tail approach)
    tests.append([random.randint(-LIM, LIM) for _ in range(MAXN)])
    # largest: ascending 1..n
    tests.append(list(range(1, MAXN + 1)))
    # largest: descending
    tests.append(list(range(MAXN, 0, -1)))
    # largest: alternating extreme values
    tests.append([LIM if i % 2 else -LIM for i in range(MAXN)])
    # largest: small values with many duplicates
    tests.append([random.randint(0, 3) for _ in range(MAXN)])
    for i, values in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(values, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
