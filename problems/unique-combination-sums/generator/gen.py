"""Deterministic hidden tests for unique-combination-sums.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import random
import sys

OUT = sys.argv[1]


def write(idx, t, a):
    with open(os.path.join(OUT, "%02d.in" % idx), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), t, " ".join(map(str, a))))


def main():
    rng = random.Random(3030)
    os.makedirs(OUT, exist_ok=True)
    write(1, 1, [1])                                          # smallest, one answer
    write(2, 1, [2])                                          # smallest, no answer
    write(3, 30, [1] * 30)                                    # all equal, exactly one answer
    write(4, 29, [2] * 30)                                    # odd target, even values: none (naive worst)
    write(5, 30, list(range(1, 31)))                          # distinct 1..30: many answers
    write(6, 30, [1, 2, 3, 4, 5, 6] * 5)                      # heavy duplicates
    write(7, 30, [50] * 15 + [31] * 15)                       # every value above target
    write(8, 30, sorted([rng.randint(1, 10) for _ in range(30)], reverse=True))
    write(9, 25, [rng.randint(1, 50) for _ in range(30)])     # random wide values
    write(10, 30, [rng.randint(1, 8) for _ in range(30)])     # random small values
    write(11, 17, [rng.randint(1, 20) for _ in range(12)])    # small n
    write(12, 30, [30] + [15] * 2 + [10] * 3 + [1] * 24)      # mix incl. single token = T
    write(13, 30, [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9,
                   10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15])


if __name__ == "__main__":
    main()
