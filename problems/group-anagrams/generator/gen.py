"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: `words`, a JSON array of lowercase strings."""

import json
import os
import random
import string
import sys

random.seed(20240917)
N = 10**5
MAXLEN = 20
LETTERS = string.ascii_lowercase


def rand_word(lo, hi, alphabet=LETTERS):
    return "".join(random.choice(alphabet) for _ in range(random.randint(lo, hi)))


def shuffled(word):
    letters = list(word)
    random.shuffle(letters)
    return "".join(letters)


def distinct_families(count, lo, hi):
    """`count` words, no two of them anagrams of each other."""
    seen = set()
    words = []
    while len(words) < count:
        w = rand_word(lo, hi)
        key = "".join(sorted(w))
        if key not in seen:
            seen.add(key)
            words.append(w)
    return words


def from_families(roots, count):
    """`count` words, each a random rearrangement of a random root."""
    return [shuffled(random.choice(roots)) for _ in range(count)]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one word of one letter
    tests.append(["a"])
    # smallest: a single empty word
    tests.append([""])
    # small: same letter set, different amounts (kills keying by the set of letters),
    # plus empty words and repeats
    tests.append(["aab", "abb", "ab", "ba", "", "bba", "aba", "", "abab", "baab", "aabb", "ab"])
    # small: letter-sum collisions of equal length (ad/bc, ae/bd/cc, ...)
    tests.append(["ad", "bc", "da", "cb", "ae", "bd", "cc", "ea", "db", "abcz", "zyab", "bbby"])
    # small random words over a tiny alphabet: many families of several sizes
    tests.append([rand_word(0, 4, "abc") for _ in range(60)])
    # largest: the same word 10^5 times (one family)
    tests.append(["listen"] * N)
    # largest: 10^5 words, no two anagrams (adversarial for comparing with every family)
    tests.append(distinct_families(N, 8, MAXLEN))
    # largest: 10^5 shorter words (1..12 letters), all in distinct families
    tests.append(distinct_families(N, 1, 12))
    # largest: 10^5 distinct rearrangements of one 20-letter word (one big family)
    root = "abcdefghijklmnopqrst"
    seen = set()
    words = []
    while len(words) < N:
        w = shuffled(root)
        if w not in seen:
            seen.add(w)
            words.append(w)
    tests.append(words)
    # largest: 10^5 words from 300 families of length 20 over 3 letters (letter sets
    # mostly equal, amounts differ)
    roots = [rand_word(MAXLEN, MAXLEN, "xyz") for _ in range(300)]
    tests.append(from_families(roots, N))
    # largest: 10^5 one-letter and empty words (27 families)
    tests.append([rand_word(0, 1) for _ in range(N)])
    # largest: mixed lengths 0..20, roughly half the words have a partner
    roots = [rand_word(0, MAXLEN) for _ in range(N // 2)]
    tests.append(from_families(roots, N))
    for i, words in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(words, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
