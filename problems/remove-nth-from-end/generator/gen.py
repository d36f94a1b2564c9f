"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two lines: the list `head` as a JSON array of its values, then `n`."""

import json
import os
import random
import sys

random.seed(31337003)
MAXN = 100_000
VMAX = 100


def rand_list(size, hi=VMAX):
    return [random.randint(0, hi) for _ in range(size)]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one node, removed (empty result)
    tests.append(([0], 1))
    # two nodes, remove the last
    tests.append(([1, 2], 1))
    # two nodes, remove the first
    tests.append(([1, 2], 2))
    # small random list, remove from the middle
    tests.append((rand_list(9), 5))
    # largest: remove the last node (the quadratic "distance to the end" scan is worst here)
    tests.append((rand_list(MAXN), 1))
    # largest: remove the first node
    tests.append((rand_list(MAXN), MAXN))
    # largest: remove the middle node
    tests.append((rand_list(MAXN), MAXN // 2))
    # largest: all values equal (degenerate)
    tests.append(([42] * MAXN, 12345))
    # largest: remove the second node
    tests.append((rand_list(MAXN), MAXN - 1))
    # medium list of values 0..2 (the removed value occurs many times), random n
    tests.append((rand_list(1000, 2), random.randint(1, 1000)))
    # largest: remove the second to last node
    tests.append((rand_list(MAXN), 2))
    # largest, values 0..1 only, n random
    tests.append((rand_list(MAXN, 1), random.randint(1, MAXN)))
    for i, (values, n) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(values, separators=(",", ":")) + "\n")
            f.write(json.dumps(n) + "\n")


if __name__ == "__main__":
    main()
