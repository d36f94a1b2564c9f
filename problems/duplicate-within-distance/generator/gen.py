"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two lines: `nums` (a JSON array of integers) and `k` (an integer)."""

import json
import os
import random
import sys

random.seed(5150017)
N = 10**5
KMAX = 10**5
V = 10**9


def distinct(count):
    return random.sample(range(-V, V + 1), count)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one value, reach 0 (false)
    tests.append(([5], 0))
    # smallest: one value, largest reach (false: nothing to pair with)
    tests.append(([-V], KMAX))
    # two equal values next to each other, reach 1 (true)
    tests.append(([V, V], 1))
    # small: the only repeat is exactly k apart (true; kills "j - i < k")
    tests.append(([1, 2, 3, 4, 5, 1, 7], 5))
    # small: the only repeat is k + 1 apart (false)
    tests.append(([1, 2, 3, 4, 5, 1, 7], 4))
    # small: a far first occurrence, then two close repeats (true; kills keeping
    # only the first index)
    tests.append(([9, 1, 2, 3, 4, 5, 6, 9, 8, 9], 2))
    # largest: all distinct, largest reach (false; adversarial for pairwise checks)
    tests.append((distinct(N), KMAX))
    # largest: all distinct except the last two positions (true, found late)
    nums = distinct(N)
    nums[-1] = nums[-2]
    tests.append((nums, KMAX))
    # largest: values repeat with period k + 1, so every repeat is just out of reach
    # (false; n * k = 5*10^9 for pairwise checks)
    k = 50000
    base = distinct(k + 1)
    tests.append(([base[i % (k + 1)] for i in range(N)], k))
    # largest: values repeat with period k, so repeats are exactly k apart (true)
    base = distinct(k)
    tests.append(([base[i % k] for i in range(N)], k))
    # largest: all values equal, reach 0 (false)
    tests.append(([7] * N, 0))
    # largest: all values equal, reach 1 (true)
    tests.append(([-3] * N, 1))
    # largest random: values from a pool of 1000, reach 500 (true almost surely,
    # many far repeats first)
    pool = distinct(1000)
    tests.append(([random.choice(pool) for _ in range(N)], 500))
    # largest: distinct values in sliding order, the only repeat 99999 apart, reach
    # 99998 (false)
    nums = distinct(N)
    nums[-1] = nums[0]
    tests.append((nums, N - 2))
    for i, (nums, k) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(nums, separators=(",", ":")) + "\n" + json.dumps(k) + "\n")


if __name__ == "__main__":
    main()
