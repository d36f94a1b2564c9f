"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the list `head` as a JSON array of its values."""

import json
import os
import random
import sys

random.seed(31337006)
MAXN = 100_000
VMAX = 100_000


def rand_list(n, hi=VMAX):
    return [random.randint(1, hi) for _ in range(n)]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: a single node
    tests.append([7])
    # two nodes (nothing moves)
    tests.append([1, 2])
    # three nodes
    tests.append([1, 2, 3])
    # small odd random list
    tests.append(rand_list(7, 50))
    # small even random list
    tests.append(rand_list(10, 50))
    # largest even: ascending 1..n, the result shows the pattern clearly
    tests.append(list(range(1, MAXN + 1)))
    # largest odd: random values (the repeated walk-to-the-tail approach is quadratic)
    tests.append(rand_list(MAXN - 1))
    # largest even: random values
    tests.append(rand_list(MAXN))
    # largest: all values equal (degenerate)
    tests.append([VMAX] * MAXN)
    # medium odd list with few distinct values
    tests.append(rand_list(1001, 3))
    # largest odd: descending values
    tests.append(list(range(MAXN - 1, 0, -1)))
    for i, values in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(values, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
