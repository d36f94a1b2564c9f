"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the list `head` as a JSON array of its values."""

import json
import os
import random
import sys

random.seed(31337007)
MAXN = 100_000
LIM = 100_000


def rand_list(n, lo=-LIM, hi=LIM):
    return [random.randint(lo, hi) for _ in range(n)]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: the empty list
    tests.append([])
    # a single node
    tests.append([-100000])
    # two nodes out of order
    tests.append([2, 1])
    # three nodes, smallest in the middle
    tests.append([3, 1, 2])
    # small random list
    tests.append(rand_list(12, -20, 20))
    # largest: random values (insertion sort does ~n^2/4 steps)
    tests.append(rand_list(MAXN))
    # largest: already ascending (worst case for insertion that scans from the front)
    tests.append(list(range(-LIM, -LIM + MAXN)))
    # largest: descending
    tests.append(list(range(LIM, LIM - MAXN, -1)))
    # largest: all values equal (degenerate)
    tests.append([7] * MAXN)
    # largest: only four distinct values
    tests.append(rand_list(MAXN, 0, 3))
    # 2^16 + 1 nodes: the last merge joins 65536 nodes with a single one
    tests.append(rand_list(2**16 + 1))
    # largest: "organ pipe" — ascending then descending
    tests.append(list(range(0, MAXN, 2)) + list(range(MAXN - 1, 0, -2)))
    # largest: sorted except for the extremes swapped
    values = list(range(-50_000, 50_000))
    values[0], values[-1] = values[-1], values[0]
    tests.append(values)
    for i, values in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(values, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
