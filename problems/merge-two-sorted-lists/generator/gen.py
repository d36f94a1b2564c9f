"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two lines: `list1` and `list2`, each a JSON array of its values in
non-decreasing order."""

import json
import os
import random
import sys

random.seed(31337002)
MAXN = 100_000
LIM = 10**9


def sorted_random(n, lo=-LIM, hi=LIM):
    return sorted(random.randint(lo, hi) for _ in range(n))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: both lists empty
    tests.append(([], []))
    # first list empty, second small
    tests.append(([], [-7, -7, 2, 8]))
    # second list empty, first small
    tests.append(([0, 3, 3, 12], []))
    # one node each, equal values
    tests.append(([5], [5]))
    # small random lists
    tests.append((sorted_random(8, -20, 20), sorted_random(6, -20, 20)))
    # largest: perfectly interleaved evens and odds (quadratic insertion scans far every time)
    tests.append((list(range(0, 2 * MAXN, 2)), list(range(1, 2 * MAXN, 2))))
    # largest: every value of list1 below every value of list2
    tests.append((sorted_random(MAXN, -LIM, -1), sorted_random(MAXN, 0, LIM)))
    # largest: every value of list2 below every value of list1
    tests.append((sorted_random(MAXN, 1, LIM), sorted_random(MAXN, -LIM, 0)))
    # largest: all values equal (degenerate)
    tests.append(([0] * MAXN, [0] * MAXN))
    # largest: random over the full range
    tests.append((sorted_random(MAXN), sorted_random(MAXN)))
    # one long list and one very short one landing in its middle
    tests.append((sorted_random(MAXN, -1000, 1000), [-1, 0, 1]))
    # largest: tiny value range, many ties across both lists
    tests.append((sorted_random(MAXN, -10, 10), sorted_random(MAXN, -10, 10)))
    # largest: extreme values only
    tests.append(([-LIM] * (MAXN // 2) + [LIM] * (MAXN // 2), [-LIM, LIM] ))
    for i, (a, b) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(a, separators=(",", ":")) + "\n")
            f.write(json.dumps(b, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
