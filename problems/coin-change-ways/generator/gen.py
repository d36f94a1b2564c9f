"""Generates the hidden tests for coin-change-ways.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import random
import sys

OUT = None  # set from the command line in main()


def write(idx, amount, coins):
    with open(os.path.join(OUT, "%02d.in" % idx), "w") as f:
        f.write("%d %d\n%s\n" % (len(coins), amount, " ".join(map(str, coins))))


def main():
    global OUT
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    OUT = sys.argv[1]
    rng = random.Random(99173)
    os.makedirs(OUT, exist_ok=True)
    write(1, 1, [1])                                           # smallest
    write(2, 1, [2])                                           # impossible, tiny
    write(3, 10**4, [10**4])                                   # one coin equal to A
    write(4, 9999, [2, 4, 6, 8, 10])                           # odd amount, even coins: 0
    write(5, 10**4, list(range(1, 101)))                       # largest, coins 1..100 (naive worst)
    write(6, 10**4, [1])                                       # exactly one way
    write(7, 10**4, rng.sample(range(1, 10**4 + 1), 100))      # large random coins
    write(8, 10**4, [1, 2])                                    # 5001 ways, no wrap
    write(9, 10**4, [1, 2, 5, 10, 20, 50, 100, 200])           # real-world coins, wraps modulo
    write(10, 7777, rng.sample(range(1, 200), 100))            # medium values, many ways
    write(11, 250, rng.sample(range(1, 60), 12))               # small random
    write(12, 10**4, sorted(rng.sample(range(2, 10**4 + 1), 100), reverse=True))  # coins > small A parts
    write(13, 5000, [10**4 - i for i in range(100)])           # every coin above A: 0


if __name__ == "__main__":
    main()
