"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two lines: `l1` and `l2`, each a JSON array of digits, least significant
digit first, with no leading zeros (the last digit is non-zero unless the list is [0])."""

import json
import os
import random
import sys

random.seed(31337005)
MAXN = 100_000


def number(n):
    """A random n-digit number, least significant digit first."""
    if n == 1:
        return [random.randint(0, 9)]
    return [random.randint(0, 9) for _ in range(n - 1)] + [random.randint(1, 9)]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: 0 + 0
    tests.append(([0], [0]))
    # one digit each, the sum gains a digit: 5 + 5 = 10
    tests.append(([5], [5]))
    # small: a carry ripples through a short number
    tests.append(([9, 9, 9, 9], [1]))
    # small random numbers of different lengths
    tests.append((number(7), number(4)))
    # largest: two random 100000-digit numbers (index-by-walking is quadratic here)
    tests.append((number(MAXN), number(MAXN)))
    # largest: 99...9 + 1, a carry through all 100000 digits
    tests.append(([9] * MAXN, [1]))
    # largest: 99...9 + 99...9
    tests.append(([9] * MAXN, [9] * MAXN))
    # longest first list, second list a single digit
    tests.append((number(MAXN), [7]))
    # first list a single digit, longest second list
    tests.append(([0], number(MAXN)))
    # different lengths, the carry ripples through the rest of the longer one
    tests.append(([9] * MAXN, [1] + [9] * (MAXN // 2 - 1)))
    # 10^99999 + 10^99999 (zeros everywhere but the top)
    tests.append(([0] * (MAXN - 1) + [1], [0] * (MAXN - 1) + [1]))
    # medium random numbers
    tests.append((number(1000), number(999)))
    # largest: digits that sum to exactly 9 everywhere (no carry at all)
    a = number(MAXN)
    a[-1] = random.randint(1, 8)
    tests.append((a, [9 - d for d in a]))
    for i, (a, b) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(a, separators=(",", ":")) + "\n")
            f.write(json.dumps(b, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
