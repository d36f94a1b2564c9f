"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two lines: `nums` (a JSON array of integers) and `k` (an integer)."""

import json
import os
import random
import sys

random.seed(4242)
N = 10**5
V = 10**4


def rand_nums(n, lo=-V, hi=V):
    return [random.randint(lo, hi) for _ in range(n)]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one day, lowest value
    tests.append(([-V], 1))
    # smallest: one day, highest value
    tests.append(([V], 1))
    # small: a spell longer than k wins (kills looking at exactly k days)
    tests.append(([9, 1, 9], 2))
    # small: every average is negative (kills a search that starts at 0)
    tests.append(([-5, -3, -8, -1], 2))
    # small random
    tests.append((rand_nums(12, -20, 20), 3))
    # largest: k = 1, random (answer is the maximum; quadratic for all pairs)
    tests.append((rand_nums(N), 1))
    # largest: k = n, only the whole array counts
    tests.append((rand_nums(N), N))
    # largest: k = n / 2 (adversarial for trying lengths k..2k-1)
    tests.append((rand_nums(N), N // 2))
    # largest: k = n / 3, values drifting upwards with noise
    tests.append(([min(V, max(-V, i // 10 - 5000 + random.randint(-3000, 3000))) for i in range(N)], N // 3))
    # largest: all equal negative values, small k
    tests.append(([-7] * N, 3))
    # largest: alternating extremes, k = 1001 (best spells start and end high)
    tests.append(([V if i % 2 == 0 else -V for i in range(N)], 1001))
    # largest: all negative random, k = 7
    tests.append((rand_nums(N, -V, -1), 7))
    # largest: random, k = 25; a warm stretch with a few cold days is hidden inside
    nums = rand_nums(N)
    for i in range(60000, 60050):
        nums[i] = random.choice((V, V, -V))
    tests.append((nums, 25))
    # largest: sorted increasing, k = 500 (best is the last k days)
    tests.append((sorted(rand_nums(N)), 500))
    for i, (nums, k) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(nums, separators=(",", ":")) + "\n" + json.dumps(k) + "\n")


if __name__ == "__main__":
    main()
