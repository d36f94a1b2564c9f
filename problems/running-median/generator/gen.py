"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (the first constructs MedianTracker) and their
argument lists. Every median call comes after at least one add."""

import json
import os
import random
import sys

random.seed(20261130)
MAX_CALLS = 200_000  # method calls after the constructor
LO, HI = -(10**9), 10**9


class Builder:
    def __init__(self):
        self.names = ["MedianTracker"]
        self.args = [[]]
        self.count = 0

    def calls(self):
        return len(self.names) - 1

    def add(self, num):
        assert LO <= num <= HI
        self.names.append("add")
        self.args.append([num])
        self.count += 1

    def median(self):
        assert self.count > 0
        self.names.append("median")
        self.args.append([])

    def text(self):
        assert self.calls() <= MAX_CALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def each_with_median(b, values):
    for v in values:
        b.add(v)
        b.median()


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []

    # smallest: one number, asked twice
    b = Builder()
    b.add(-5)
    b.median()
    b.median()
    tests.append(b)

    # the extremes: the two middle values sum beyond 32 bits, both ways, and odd negative sums
    b = Builder()
    each_with_median(b, [HI, HI, LO, LO, LO, HI, HI - 1, LO + 1])
    each_with_median(b, [-3, -4, -4, -3, -1, -2])
    tests.append(b)

    # equal values, and a median that stays put while others pile up on both sides
    b = Builder()
    each_with_median(b, [7, 7, 7, 7])
    each_with_median(b, [1, 100, 2, 99, 3, 98, 7, 0])
    each_with_median(b, [-1, 0, 1, 0, -1, 0, 1, 0])
    tests.append(b)

    # ascending, then descending: every new number lands on the same side
    b = Builder()
    each_with_median(b, list(range(-20, 21, 3)))
    each_with_median(b, list(range(60, -60, -7)))
    tests.append(b)

    # small random, few distinct values, medians asked in bursts
    b = Builder()
    b.add(random.randint(-3, 3))
    while b.calls() < 80:
        if random.random() < 0.6:
            b.add(random.randint(-3, 3))
        else:
            b.median()
    tests.append(b)

    # medium random over the full range, odd and even sums alike
    b = Builder()
    b.add(random.randint(LO, HI))
    while b.calls() < 3000:
        if random.random() < 0.5:
            b.add(random.randint(LO, HI))
        else:
            b.median()
    tests.append(b)

    # largest: random values over the full range, each followed by a median
    b = Builder()
    while b.calls() + 2 <= MAX_CALLS:
        b.add(random.randint(LO, HI))
        b.median()
    tests.append(b)

    # largest: a slowly rising trend with noise (nearly sorted input) and medians in between
    b = Builder()
    base = LO // 2
    while b.calls() + 2 <= MAX_CALLS:
        base += random.randint(0, 5000)
        b.add(max(LO, min(HI, base + random.randint(-10**6, 10**6))))
        b.median()
    tests.append(b)

    # largest: values from a narrow range (many duplicates), two adds per median
    b = Builder()
    while b.calls() + 3 <= MAX_CALLS:
        b.add(random.randint(-50, 50))
        b.add(random.randint(-50, 50))
        b.median()
    tests.append(b)

    for i, b in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(b.text())


if __name__ == "__main__":
    main()
