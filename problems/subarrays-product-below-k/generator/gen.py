"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two lines: `nums` (a JSON array of integers) and `k` (an integer)."""

import json
import os
import random
import sys

random.seed(8675309)
N = 10**5
KMAX = 10**9


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: the single factor equals the cap (0; kills "<=")
    tests.append(([5], 5))
    # smallest: the single factor is just below the cap (1)
    tests.append(([1000], 1001))
    # cap 0: nothing is below it
    tests.append(([1, 2, 3, 1], 0))
    # cap 1: no product of factors >= 1 is below it
    tests.append(([1, 1, 1, 1, 1], 1))
    # small: several products exactly equal to the cap
    tests.append(([2, 3, 6, 1, 6, 2, 3, 1, 1, 36], 36))
    # largest: all ones, cap 2: every one of the 5000050000 stretches counts
    # (over 2^31 - 1; quadratic for extending from every start)
    tests.append(([1] * N, 2))
    # largest: all ones, largest cap
    tests.append(([1] * N, KMAX))
    # largest: all 1000, largest cap: only stretches of length <= 2 (1000^3 = cap)
    tests.append(([1000] * N, KMAX))
    # largest: mostly ones with a few small factors, largest cap: long windows, and
    # window products that pass 2^31 before shrinking
    tests.append(([random.choice((1,) * 400 + (2, 3, 997)) for _ in range(N)], KMAX))
    # largest: random factors 1..1000, largest cap (short windows)
    tests.append(([random.randint(1, 1000) for _ in range(N)], KMAX))
    # largest: factors 1 and 2, cap 2^20: products hit the cap exactly very often
    tests.append(([random.choice((1, 1, 2)) for _ in range(N)], 2**20))
    # largest: random factors, small cap 1000
    tests.append(([random.randint(1, 1000) for _ in range(N)], 1000))
    # largest: ones with a factor 1000 every 5000 positions, cap 999999999
    tests.append(([1000 if i % 5000 == 4999 else 1 for i in range(N)], KMAX - 1))
    # largest: factors 999 and 1 alternating in long runs, random cap
    tests.append(([999 if (i // 777) % 2 else 1 for i in range(N)], random.randint(1, KMAX)))
    for i, (nums, k) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(nums, separators=(",", ":")) + "\n" + json.dumps(k) + "\n")


if __name__ == "__main__":
    main()
