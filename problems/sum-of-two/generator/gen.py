"""Hidden-test generator for sum-of-two.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(20240601)
E = 10 ** 18  # |a|, |b| <= 10^18

tests = [
    (0, 0),                                      # smallest magnitude: both zero
    (1, -1),                                     # opposite signs cancel out
    (E, E),                                      # largest sum, 2*10^18 (64-bit only; naive unit steps: TLE)
    (-E, -E),                                    # smallest sum, -2*10^18
    (E, -E),                                     # both extremes, sum 0
    (2 ** 31 - 1, 1),                            # just past the int32 maximum
    (-2 ** 31, -1),                              # just past the int32 minimum
    (123456789012345678, 876543210987654321),    # long operands, every digit used
    (-7, -8),                                    # small negatives
    (E, -(E - 1)),                               # huge operands, tiny sum
    (2 ** 32, 2 ** 32),                          # low 32 bits of the sum are 0: int32 wrap-around prints 0
    (0, -E),                                     # one operand zero, the other the minimum (|b| = 10^18 steps)
    (E - 1, 1),                                  # carry through every digit to exactly 10^18
    (rng.randint(-E, E), rng.randint(-E, E)),    # random 64-bit operands
    (rng.randint(E // 2, E), rng.randint(-E, -E // 2)),  # random, large and of opposite signs
]

for k, (a, b) in enumerate(tests, 1):
    assert -E <= a <= E and -E <= b <= E
    (OUT / f"{k:02d}.in").write_text(f"{a} {b}\n")
