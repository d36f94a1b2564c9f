"""Hidden-test generator for priority-print-queue.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import random
import sys

OUT = None  # set from the command line in main()


def write(idx, m, p):
    with open(os.path.join(OUT, "%02d.in" % idx), "w") as f:
        f.write("%d %d\n%s\n" % (len(p), m, " ".join(map(str, p))))


def main():
    global OUT
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    OUT = sys.argv[1]
    rng = random.Random(7741)
    os.makedirs(OUT, exist_ok=True)
    N = 10**5
    write(1, 1, [5])                                            # smallest
    write(2, 3, [7, 7, 7, 7, 7])                                # all equal
    write(3, 2, [3, 1, 3, 2, 3, 1, 2])                          # ties wrap around
    write(4, 37, [rng.randint(1, 4) for _ in range(60)])        # small, few levels
    write(5, 500, [rng.randint(1, 10**9) for _ in range(1000)]) # small, distinct-ish
    write(6, 1, list(range(1, N + 1)))                          # ascending: naive worst, job printed last
    write(7, 10000, list(range(20000, 0, -1)))                     # descending: no moves
    write(8, 7, [rng.randint(1, 3) * 2 for _ in range(N)])      # three levels, many ties
    p = [rng.randint(1, 10**9) for _ in range(30000)]
    write(9, rng.randint(1, len(p)), p)                              # random large values
    p = list(range(1, 30001))
    rng.shuffle(p)
    write(10, p.index(1) + 1, p)                                # permutation, lowest job
    p = [(i % 500) + 1 for i in range(N)]
    write(11, 250, p)                                           # saw-tooth, 500 levels
    p = [1] * N
    write(12, N, p)                                             # all equal, last job
    p = [rng.randint(1, 100) for _ in range(N)]
    write(13, 12345, p)                                         # 100 levels random


if __name__ == "__main__":
    main()
