"""Hidden-test generator for pair-with-sum.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(1729)
N = 2 * 10 ** 5   # max n
V = 10 ** 9       # |a_i| <= 10^9, |target| <= 2*10^9


def multiples(m, low, high, count):
    """`count` random multiples of m in [low, high]."""
    lo, hi = -(-low // m), high // m
    return [m * rng.randint(lo, hi) for _ in range(count)]


def unique_pair_mod3(first, last):
    """Multiples of 3 everywhere except positions `first` and `last` (0-based), which hold two
    values = 2 (mod 3): theirs is the only sum = 1 (mod 3), so the only pair hitting target."""
    a = multiples(3, -9 * 10 ** 6, 9 * 10 ** 6, N)
    x = 3 * rng.randint(-3 * 10 ** 6, 3 * 10 ** 6 - 1) + 2
    y = 3 * rng.randint(-3 * 10 ** 6, 3 * 10 ** 6 - 1) + 2
    a[first], a[last] = x, y
    return x + y, a


def full_range_pair_at_max():
    """Values in [-10^9, 10^9 - 1] plus two 10^9: target 2*10^9 has only that pair."""
    a = [rng.randint(-V, V - 1) for _ in range(N)]
    a[N // 2 + rng.randint(0, 1000)] = V
    a[N - 1] = V
    return 2 * V, a


def lonely_zero_then_late_pair():
    """target 0, a_1 = 0 is the only zero (0 + 0 needs two), every other value is positive except
    the last, -v, whose partner v sits in the second half: a solution pairing a value with itself
    answers "1 1"."""
    a = [0] + [rng.randint(1, V) for _ in range(N - 1)]
    v = a[rng.randint(N // 2, N - 2)]
    a[N - 1] = -v
    return 0, a


def lonely_half_no_pair():
    """target = 2v for an odd v present once; everything else = 0 (mod 4), so no two positions
    sum to target (2v = 2 mod 4): the answer is -1, but v + v would match."""
    a = multiples(4, -V, V, N)
    v = -(V - 1)  # odd
    a[N // 3] = v
    return 2 * v, a


tests = [
    (12, [5, 7]),                                         # smallest n, the pair exists
    (13, [5, 7]),                                         # smallest n, no pair
    (0, [5, 0, -2, 7]),                                   # 0 + 0 = target but 0 occurs once: -1
    (10, [5, 3, 4, 5, 9]),                                # equal values at two positions form the pair
    (-2 * V, [V, -V, 0, -V, V]),                          # min target, min values
    (2 * V, [-V, V, V - 1, 1, V]),                        # max target, max values
    (1, multiples(2, -10 ** 7, 10 ** 7, N)),              # max n, all even, odd target: -1 (naive: full n^2/2)
    unique_pair_mod3(N - 2, N - 1),                       # max n, only pair is the last two (naive: TLE)
    (rng.randint(-10 ** 6, 10 ** 6), [rng.randint(-10 ** 6, 10 ** 6) for _ in range(N)]),  # max n, many pairs: any one
    (2 * 99999999, [99999999] * N),                       # max n, all equal, every pair works
    (-7, [-4] * N),                                       # max n, all equal, no pair (naive: TLE)
    unique_pair_mod3(0, N - 1),                           # max n, only pair is the first and the last
    full_range_pair_at_max(),                             # max n, full value range, target 2*10^9 (64-bit sums)
    lonely_zero_then_late_pair(),                         # max n, self-pair trap at position 1, real pair late
    lonely_half_no_pair(),                                # max n, self-pair trap in the middle, no pair: -1
]

for k, (target, a) in enumerate(tests, 1):
    assert 2 <= len(a) <= N and abs(target) <= 2 * V and all(-V <= x <= V for x in a)
    (OUT / f"{k:02d}.in").write_text(f"{len(a)} {target}\n" + " ".join(map(str, a)) + "\n")
