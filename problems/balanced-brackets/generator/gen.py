"""Generates the hidden tests for balanced-brackets.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

rng = random.Random(20261124)
if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}


def random_balanced(n, depth_bias=0.5):
    # n even; random balanced sequence built with an explicit stack
    res, st = [], []
    remaining = n
    while remaining > 0:
        if st and (len(st) >= remaining or rng.random() > depth_bias):
            res.append(CLOSE[st.pop()])
        else:
            c = rng.choice(OPEN)
            st.append(c)
            res.append(c)
        remaining -= 1
    return "".join(res)


def nested(n):
    half = [rng.choice(OPEN) for _ in range(n // 2)]
    return "".join(half) + "".join(CLOSE[c] for c in reversed(half))


tests = []
tests.append("")                                    # empty string
tests.append("(")                                   # single opener
tests.append("}")                                   # single closer
tests.append("[]")
tests.append(random_balanced(1000))
b = list(random_balanced(2000)); i = rng.randrange(len(b))
b[i] = {"(": "[", "[": "{", "{": "(", ")": "]", "]": "}", "}": ")"}[b[i]]
tests.append("".join(b))                             # one bracket with wrong kind
tests.append(nested(500000))                        # deepest nesting, balanced
s = nested(500000)
tests.append(s[:250000] + s[250001:] + ")")         # deep, crossing near the middle -> NO
tests.append("([" * 125000 + ")]" * 125000)         # counts fine, order crossed -> NO
tests.append(random_balanced(500000, 0.55))         # long random balanced
tests.append(random_balanced(499998, 0.6) + "((")   # unclosed at the end
tests.append("()" * 250000)                         # flat
tests.append(nested(499998) + "][")                 # deep then wrong-order tail

for k, s in enumerate(tests, 1):
    (OUT / f"{k:02d}.in").write_text(f"{len(s)}\n{s}\n")
