"""Deterministic generator for hidden tests of recent-calls-window.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import random
import sys

OUT = sys.argv[1]


def write(idx, w, times):
    with open(os.path.join(OUT, "%02d.in" % idx), "w") as f:
        f.write("%d %d\n%s\n" % (len(times), w, " ".join(map(str, times))))


def increasing(rng, n, max_gap, start=1):
    t, out = start, []
    for _ in range(n):
        out.append(t)
        t += rng.randint(1, max_gap)
    return out


def main():
    rng = random.Random(20261124)
    os.makedirs(OUT, exist_ok=True)
    write(1, 0, [1])                                   # smallest
    write(2, 10**9, [10**9])                           # single call, huge window
    write(3, 5, [1, 6, 11, 12, 17, 22, 23])            # exact boundaries (t - W hits)
    write(4, 0, list(range(1, 21)))                    # zero window
    write(5, 10, [10 * i for i in range(1, 30)])       # every gap exactly W
    write(6, 50, increasing(rng, 200, 20))             # small random
    write(7, 1000, increasing(rng, 3000, 30))          # medium random
    write(8, 10**9, increasing(rng, 50000, 3))         # everything in window (naive worst)
    write(9, 5000, increasing(rng, 50000, 10))         # mixed window with exact hits likely
    write(10, 1, list(range(1, 30001)))             # consecutive integers, W = 1
    write(11, 10**9, [10**9 - 20000 + i for i in range(1, 20001)])  # top of range
    write(12, 40, increasing(rng, 50000, 8))           # many boundary coincidences


if __name__ == "__main__":
    main()
