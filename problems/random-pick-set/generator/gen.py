"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (the first constructs RandomizedSet) and their
argument lists. getRandom is only called on a non-empty set. The checker tests the distribution
of each run of at least 200 getRandom calls on an unchanged set, so the tests hold such runs:
long enough (m >= 20n) on small sets for every element's count to be tested."""

import json
import os
import random
import sys

random.seed(20261130)
MAX_CALLS = 200_000  # method calls after the constructor
LO, HI = -(2**31), 2**31 - 1


class Builder:
    def __init__(self):
        self.names = ["RandomizedSet"]
        self.args = [[]]
        self.items = []  # the set, as an array with an index map (to pick members quickly)
        self.where = {}

    def calls(self):
        return len(self.names) - 1

    def insert(self, val):
        self.names.append("insert")
        self.args.append([val])
        if val not in self.where:
            self.where[val] = len(self.items)
            self.items.append(val)

    def remove(self, val):
        self.names.append("remove")
        self.args.append([val])
        index = self.where.pop(val, None)
        if index is not None:
            last = self.items.pop()
            if index < len(self.items):
                self.items[index] = last
                self.where[last] = index

    def get_random(self, times=1):
        assert self.items
        for _ in range(times):
            self.names.append("getRandom")
            self.args.append([])

    def member(self):
        return random.choice(self.items)

    def text(self):
        assert self.calls() <= MAX_CALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def fresh(b, lo=LO, hi=HI):
    """A value not in the set."""
    while True:
        v = random.randint(lo, hi)
        if v not in b.where:
            return v


def random_ops(b, count, lo, hi, weights=(3, 2, 3)):
    """A random mix of insert/remove/getRandom; half the inserts repeat a member and half the
    removes miss, when the value range allows; getRandom only on a non-empty set."""
    for _ in range(count):
        op = random.choices(["insert", "remove", "getRandom"], weights=weights)[0]
        if op == "getRandom" and not b.items:
            op = "insert"
        if op == "insert":
            b.insert(b.member() if b.items and random.random() < 0.2 else random.randint(lo, hi))
        elif op == "remove":
            b.remove(b.member() if b.items and random.random() < 0.7 else random.randint(lo, hi))
        else:
            b.get_random()


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []

    # a set of one element: getRandom can only return it; a duplicate insert, a missing remove
    b = Builder()
    b.insert(7)
    b.get_random(5)
    b.insert(7)
    b.remove(8)
    b.get_random(3)
    b.remove(7)
    b.remove(7)
    b.insert(7)
    b.get_random(2)
    tests.append(b)

    # the extremes of int; removing then re-inserting; the empty set built again
    b = Builder()
    for v in [HI, LO, 0, -1, HI]:
        b.insert(v)
        b.get_random()
    b.remove(LO)
    b.get_random(3)
    b.insert(LO)
    b.remove(HI)
    b.remove(HI)
    b.get_random(3)
    for v in [LO, 0, -1, 0]:
        b.remove(v)
    b.insert(HI)
    b.get_random(4)
    tests.append(b)

    # swap-with-last removal: remove the first element, then the one moved into its slot, and so on
    b = Builder()
    for v in range(1, 9):
        b.insert(v * 10)
    for v in [10, 80, 20, 70, 50, 40]:
        b.remove(v)
        b.get_random(2)
        b.remove(v)
    b.insert(10)
    b.insert(80)
    b.get_random(10)
    tests.append(b)

    # small random over few values: many duplicate inserts and missing removes
    b = Builder()
    random_ops(b, 300, -5, 5)
    tests.append(b)

    # a set of 2, drawn 4000 times
    b = Builder()
    b.insert(-3)
    b.insert(3)
    b.insert(-3)
    b.get_random(4000)
    tests.append(b)

    # a set of 10 (after some churn, so the array order is scrambled), drawn 20000 times;
    # then one element removed and another 20000 draws on the 9 left
    b = Builder()
    random_ops(b, 200, -30, 30, weights=(5, 3, 1))
    while len(b.items) < 10:
        b.insert(fresh(b, -30, 30))
    while len(b.items) > 10:
        b.remove(b.member())
    b.get_random(20000)
    b.remove(b.items[0])
    b.get_random(20000)
    tests.append(b)

    # a set of 100, drawn 40000 times; then several phases on sets of 20..60
    b = Builder()
    while len(b.items) < 100:
        b.insert(fresh(b))
    b.get_random(40000)
    for n in [60, 20, 35]:
        while len(b.items) > n:
            b.remove(b.member())
        while len(b.items) < n:
            b.insert(fresh(b))
        b.get_random(25 * n)
    tests.append(b)

    # medium random over the full range, with runs of getRandom between changes
    b = Builder()
    while b.calls() < 20000:
        random_ops(b, random.randint(20, 400), -3000, 3000)
        if b.items:
            b.get_random(random.choice([5, 50, 250, 600]))
    tests.append(b)

    # largest: a set that grows to about 10^5 elements, then a mix of all three operations
    b = Builder()
    while len(b.items) < 100_000:
        b.insert(b.member() if b.items and random.random() < 0.05 else random.randint(LO, HI))
    random_ops(b, MAX_CALLS - b.calls(), LO, HI, weights=(3, 3, 4))
    tests.append(b)

    # largest: grows to about 9*10^4 with draws along the way, then a long run of draws
    b = Builder()
    while len(b.items) < 90_000:
        r = random.random()
        if r < 0.8:
            b.insert(random.randint(LO, HI))
        elif r < 0.9:
            b.remove(b.member() if b.items else 0)
        elif b.items:
            b.get_random()
    b.get_random(60_000)
    random_ops(b, MAX_CALLS - b.calls(), LO, HI, weights=(2, 2, 6))
    tests.append(b)

    for i, b in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(b.text())


if __name__ == "__main__":
    main()
