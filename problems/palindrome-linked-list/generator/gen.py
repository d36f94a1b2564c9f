"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the list `head` as a JSON array of its digits."""

import json
import os
import random
import sys

random.seed(31337004)
MAXN = 100_000


def digits(n):
    return [random.randint(0, 9) for _ in range(n)]


def palindrome(n):
    half = digits(n // 2)
    middle = digits(n % 2)
    return half + middle + half[::-1]


def break_pair(values, i):
    """Change values[i] so that it no longer matches its mirror position."""
    values = list(values)
    values[i] = (values[len(values) - 1 - i] + 1 + random.randint(0, 8)) % 10
    return values


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: a single node (true)
    tests.append([5])
    # two different nodes (false)
    tests.append([1, 2])
    # two equal nodes (true)
    tests.append([3, 3])
    # small odd palindrome (true)
    tests.append(palindrome(9))
    # small: equal ends but not a palindrome (false)
    tests.append([4, 0, 0, 1, 4])
    # largest: even-length random palindrome (true; the quadratic indexing is worst here)
    tests.append(palindrome(MAXN))
    # largest: odd-length random palindrome (true)
    tests.append(palindrome(MAXN - 1))
    # largest: all digits equal (true)
    tests.append([8] * MAXN)
    # largest: even palindrome broken at the two middle nodes (false)
    tests.append(break_pair(palindrome(MAXN), MAXN // 2 - 1))
    # largest: odd palindrome broken right next to its middle (false)
    tests.append(break_pair(palindrome(MAXN - 1), (MAXN - 1) // 2 - 1))
    # largest: palindrome broken at the second node (false; the ends still match)
    tests.append(break_pair(palindrome(MAXN), 1))
    # largest: random digits (false)
    tests.append(digits(MAXN))
    # largest: alternating 0,1 with odd length (true)
    tests.append([i % 2 for i in range(MAXN - 1)])
    for i, values in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(values, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
