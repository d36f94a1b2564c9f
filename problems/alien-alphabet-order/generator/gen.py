"""Generates the hidden tests for alien-alphabet-order.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(2718)
if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def add(k, words):
    tests.append("%d %d\n" % (len(words), k) + "".join(w + "\n" for w in words))


def alien_sorted(words, k):
    perm = list(LETTERS[:k])
    random.shuffle(perm)
    rank = {ch: i for i, ch in enumerate(perm)}
    return sorted(words, key=lambda w: [rank[ch] for ch in w])


def rnd_word(k, lo, hi):
    return "".join(random.choice(LETTERS[:k]) for _ in range(random.randint(lo, hi)))


add(1, ["a"])                                            # smallest
add(26, ["z"])                                           # no information: plain a..z
add(26, alien_sorted([rnd_word(26, 1, 12) for _ in range(100000)], 26))   # many words
# long shared prefixes: the deciding letter is far from the start
pre = "q" * 4900
add(20, alien_sorted([pre + rnd_word(20, 1, 3) for _ in range(200)], 20))
# a full chain forcing one exact order (reverse alphabet)
rev = LETTERS[::-1]
add(26, [rev[i] * 3 + rev[i + 1] for i in range(25)] + [rev[25] * 2])
add(26, [rev[i] for i in range(26)])
# prefix violation buried in a sorted list
w = alien_sorted([rnd_word(10, 1, 8) for _ in range(50000)], 10)
i = 25000
w.insert(i, w[i] + "a")
w.insert(i + 1, w[i][:-1])
w = w[:50000]
add(10, w)
# contradiction (a cycle) among three letters
w = alien_sorted([rnd_word(26, 2, 10) for _ in range(80000)], 26)
w.append("ba")
w.append("bc")
w.append("bb")
add(26, w)
# many duplicates and few letters
add(3, alien_sorted([rnd_word(3, 1, 4) for _ in range(100000)], 3))
add(5, alien_sorted([rnd_word(5, 1, 3) for _ in range(15)], 5))
add(26, alien_sorted([rnd_word(26, 2000, 5000) for _ in range(200)], 26))
# valid prefixes and duplicates, then one longer word right before its prefix at the very end
add(4, ["b", "b", "bd", "bda", "d", "dc", "dca", "a", "ac", "acd", "acdb", "acd"])
for k, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % k)).write_text(t)
