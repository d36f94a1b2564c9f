"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two lines: `s` and `c`, both JSON strings (c has one letter)."""

import json
import os
import random
import string
import sys

random.seed(1812)
N = 10**5
LETTERS = string.ascii_lowercase


def rand_str(n, alphabet):
    return "".join(random.choice(alphabet) for _ in range(n))


def without(letter):
    return LETTERS.replace(letter, "")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one stall, which sells c
    tests.append(("z", "z"))
    # two stalls, c on the right
    tests.append(("ab", "b"))
    # small: the first c is not at the start (kills treating position 0 as a c)
    tests.append(("mmmmkmmmmmkmm", "k"))
    # small random over three letters
    tests.append((rand_str(30, "abc"), "c"))
    # largest: the only c is the first stall
    tests.append(("q" + rand_str(N - 1, without("q")), "q"))
    # largest: the only c is the last stall (quadratic for walking outwards)
    tests.append((rand_str(N - 1, without("e")) + "e", "e"))
    # largest: the only c is in the middle
    s = list(rand_str(N, without("m")))
    s[N // 2] = "m"
    tests.append(("".join(s), "m"))
    # largest: c at both ends only (long walk to the middle)
    tests.append(("t" + rand_str(N - 2, without("t")) + "t", "t"))
    # largest: c at every other stall (quadratic for checking every occurrence)
    tests.append(("".join("a" if i % 2 == 0 else "b" for i in range(N)), "a"))
    # largest: every stall sells c
    tests.append(("w" * N, "w"))
    # largest: random over all letters
    tests.append((rand_str(N, LETTERS), "j"))
    # largest: random over two letters, c frequent
    tests.append((rand_str(N, "xy"), "y"))
    # largest: ten c's at random positions
    s = list(rand_str(N, without("r")))
    for p in sorted(random.sample(range(N), 10)):
        s[p] = "r"
    tests.append(("".join(s), "r"))
    for i, (s, c) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(s) + "\n" + json.dumps(c) + "\n")


if __name__ == "__main__":
    main()
