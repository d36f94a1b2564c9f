"""Hidden-test generator for minimum-covering-window.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
import string
from pathlib import Path

rng = random.Random(8675309)
if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
N = 100000
LOW = string.ascii_lowercase
ALL = string.ascii_letters


def rnd(n, alpha):
    return "".join(rng.choice(alpha) for _ in range(n))


tests = []
tests.append(("a", "a"))                                             # smallest, found
tests.append(("a", "A"))                                             # case matters
tests.append(("ab", "abc"))                                          # t longer than s
tests.append(("baab", "ab"))                                         # tie: two windows of length 2
tests.append(("aXbXaXb", "ab"))
tests.append((rnd(2000, "abc"), "aabbc"))
tests.append(("a" * (N - 1) + "b", "ab"))                            # the only window is at the very end
tests.append(("a" * N, "a" * N))                                     # t equals s
tests.append(("a" * N, "a" * (N // 2) + "b"))                        # impossible, b missing
tests.append((rnd(N, LOW), rnd(26, LOW)))                            # random
tests.append((rnd(N, ALL), "".join(rng.sample(ALL, 52))))            # needs every letter
s = rnd(N, "xyz")
tests.append((s[:N // 2] + "Q" + s[N // 2:-1], "xQ"))                # single rare letter in the middle
tests.append((rnd(N, "ab"), rnd(N // 3, "ab")))                      # long t, long answer
tests.append((("ab" * N)[:N], "ba"))                                 # many ties, leftmost wins
tests.append((rnd(N, LOW), rnd(N, LOW)))                             # |t| = |s| random: likely -1
for k, (s, t) in enumerate(tests, 1):
    (OUT / f"{k:02d}.in").write_text(f"{s}\n{t}\n")
