"""Generates the hidden inputs for top-k-frequent-words.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import random
import string
import sys

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

rnd = random.Random(5150)
N = 100000


def word(lo=1, hi=10, alpha=string.ascii_lowercase):
    return "".join(rnd.choice(alpha) for _ in range(rnd.randint(lo, hi)))


def vocab(d, lo=1, hi=10, alpha=string.ascii_lowercase):
    s = set()
    while len(s) < d:
        s.add(word(lo, hi, alpha))
    out = sorted(s)
    rnd.shuffle(out)
    return out


def zipf_text(n, d):
    v = vocab(d, 3, 8)
    weights = [1.0 / (i + 1) for i in range(d)]
    return rnd.choices(v, weights, k=n)


def emit(idx, words, k, per_line=20):
    with open(os.path.join(OUT, f"{idx:02d}.in"), "w") as f:
        f.write(f"{len(words)} {k}\n")
        for s in range(0, len(words), per_line):
            f.write(" ".join(words[s:s + per_line]) + "\n")


tests = []
tests.append((["a"], 1))
tests.append((["b", "a", "b", "a", "c"], 3))                      # ties broken alphabetically
v = vocab(14, 1, 3, "ab")
tests.append((v + v, 14))                                          # all equal counts
tests.append((zipf_text(2000, 300), 50))
w = vocab(60000, 4, 8)
tests.append((w, len(w)))                                            # all distinct, k = n
tests.append((w[:40000] + w[:20000], 40000))                       # two count classes, k = d
t = zipf_text(N, 40000)
tests.append((t, len(set(t))))
tests.append((zipf_text(N, 5000), 1))
tests.append((["zz"] * (N // 2) + ["z"] * (N // 2), 2))           # prefix order
t = [rnd.choice(["x", "y", "xy", "yx", "xx", "yy"]) for _ in range(N)]
tests.append((t, 6))
t = vocab(50000, 1, 10)
tests.append((t + t[::-1], 25000))

for i, (words, k) in enumerate(tests, 1):
    emit(i, words, k, per_line=1 if i == 3 else 20)
