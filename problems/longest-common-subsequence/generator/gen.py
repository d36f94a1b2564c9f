"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input has two lines: the JSON strings draft and revision."""

import json
import os
import random
import sys

random.seed(7_2024)
MAX = 2000
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def rand(n, alphabet=ALPHABET):
    return "".join(random.choice(alphabet) for _ in range(n))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one equal letter
    tests.append(("q", "q"))
    # smallest: two different letters
    tests.append(("a", "b"))
    # small random strings over three letters
    tests.append((rand(10, "abc"), rand(12, "abc")))
    # largest, identical strings (answer 2000)
    s = rand(MAX)
    tests.append((s, s))
    # largest, no letter in common: worst case for plain branching recursion
    tests.append(("ab" * (MAX // 2), "cd" * (MAX // 2)))
    # largest, a string against its reverse
    s = rand(MAX, "abcdef")
    tests.append((s, s[::-1]))
    # largest random over two letters (long answer)
    tests.append((rand(MAX, "ab"), rand(MAX, "ab")))
    # largest random over the full alphabet
    tests.append((rand(MAX), rand(MAX)))
    # one letter against a long string that contains it once, near the end
    tests.append(("z", rand(MAX - 1, "abcdefghijklmnopqrstuvwxy") + "z"))
    # long string against a single letter that is absent
    tests.append((rand(MAX, "abcde"), "x"))
    # degenerate: all equal letters, different lengths (answer 1500)
    tests.append(("a" * MAX, "a" * 1500))
    # revision is draft with random letters deleted (answer len(revision))
    s = rand(MAX, "abcd")
    tests.append((s, "".join(ch for ch in s if random.random() < 0.7)))
    # periodic patterns in opposite orders
    tests.append(("abc" * (MAX // 3), "cba" * (MAX // 3)))
    # largest random over four letters, unequal lengths
    tests.append((rand(MAX, "acgt"), rand(MAX - 1, "acgt")))
    for i, (a, b) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(a) + "\n" + json.dumps(b) + "\n")


if __name__ == "__main__":
    main()
