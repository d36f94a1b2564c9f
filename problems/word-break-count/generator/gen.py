"""Generates the hidden inputs for word-break-count. Deterministic (fixed seed).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(520261124)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []
N = 100000


def add(s, words):
    words = list(dict.fromkeys(words))
    random.shuffle(words)
    assert 1 <= len(s) <= N and 1 <= len(words) <= 10000
    assert all(1 <= len(w) <= 20 for w in words)
    tests.append(s + "\n%d\n" % len(words) + "".join(w + "\n" for w in words))


def rword(alpha, lo, hi):
    return "".join(random.choice(alpha) for _ in range(random.randint(lo, hi)))


add("a", ["a"])                                       # smallest, one split
add("a", ["b"])                                       # smallest, none
add("a" * N, ["a" * L for L in range(1, 21)])         # maximum branching, exponential for backtracking
add("a" * N, ["a" * L for L in range(2, 21, 2)])      # odd length cannot use only even words? N even -> many
add("a" * (N - 1), ["a" * L for L in range(2, 21, 2)])  # odd length, only even words: 0 after huge search
add("a" * (N - 1) + "b", ["a", "aa", "aaa"])          # the last letter is never covered: 0
# built from a dictionary over a small alphabet: many overlapping words
for alpha, cnt, lo, hi in [("ab", 60, 1, 6), ("abc", 400, 1, 8), ("ab", 3000, 1, 20)]:
    words = sorted({rword(alpha, lo, hi) for _ in range(cnt)})
    parts = []
    total = 0
    while True:
        w = random.choice(words)
        if total + len(w) > N:
            break
        parts.append(w)
        total += len(w)
    add("".join(parts), words)
# full alphabet, 10000 words, long words
words = sorted({rword("abcdefghijklmnopqrstuvwxyz", 1, 20) for _ in range(10000)})[:10000]
parts, total = [], 0
while True:
    w = random.choice(words)
    if total + len(w) > N:
        break
    parts.append(w)
    total += len(w)
add("".join(parts), words)
# periodic string with all rotations/prefixes of the period
period = "abaab"
s = (period * (N // len(period) + 1))[:N]
words = [(period * 5)[i:i + L] for i in range(5) for L in range(1, 21)]
add(s, words)
# random small case
add(rword("ab", 30, 30), [rword("ab", 1, 4) for _ in range(12)])
# nearly splittable: a valid string with one letter changed in the middle
words = sorted({rword("ab", 1, 10) for _ in range(200)})
parts, total = [], 0
while True:
    w = random.choice(words)
    if total + len(w) > N:
        break
    parts.append(w)
    total += len(w)
s = list("".join(parts))
s[len(s) // 2] = "z"
add("".join(s), words + ["a", "b"])

for i, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % i)).write_text(t)
