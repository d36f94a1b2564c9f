"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (the first constructs SnapshotArray(length)) and
their argument lists. Every get names a snapshot already taken."""

import json
import os
import random
import sys

random.seed(20261130)
MAX_CALLS = 200_000  # method calls after the constructor
MAX_LENGTH = 50_000
MAX_VAL = 10**9


class Builder:
    def __init__(self, length):
        assert 1 <= length <= MAX_LENGTH
        self.length = length
        self.names = ["SnapshotArray"]
        self.args = [[length]]
        self.snaps = 0

    def calls(self):
        return len(self.names) - 1

    def set(self, index, val):
        assert 0 <= index < self.length and 0 <= val <= MAX_VAL
        self.names.append("set")
        self.args.append([index, val])

    def snap(self):
        self.names.append("snap")
        self.args.append([])
        self.snaps += 1

    def get(self, index, snap_id):
        assert 0 <= index < self.length and 0 <= snap_id < self.snaps
        self.names.append("get")
        self.args.append([index, snap_id])

    def text(self):
        assert self.calls() <= MAX_CALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def random_ops(b, count, weights=(4, 1, 4), indices=None, max_val=MAX_VAL):
    """A random mix of set/snap/get; a get asks any snapshot taken so far."""
    pick = (lambda: random.choice(indices)) if indices else (lambda: random.randrange(b.length))
    for _ in range(count):
        op = random.choices(["set", "snap", "get"], weights=weights)[0]
        if op == "get" and b.snaps == 0:
            op = "snap"
        if op == "set":
            b.set(pick(), random.randint(0, max_val))
        elif op == "snap":
            b.snap()
        else:
            b.get(pick(), random.randrange(b.snaps))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []

    # smallest: one position, never set, one snapshot
    b = Builder(1)
    b.snap()
    b.get(0, 0)
    tests.append(b)

    # several sets of one position between two snaps: only the last one counts
    b = Builder(3)
    b.set(1, 5)
    b.set(1, 6)
    b.set(1, 7)
    b.snap()
    b.set(1, 8)
    b.set(2, MAX_VAL)
    b.set(2, 0)
    b.snap()
    b.set(1, 9)
    for s in range(2):
        for i in range(3):
            b.get(i, s)
    b.snap()
    b.get(1, 2)
    b.get(2, 2)
    tests.append(b)

    # snaps with no change in between, a value set back to 0, the last position of a long array
    b = Builder(MAX_LENGTH)
    b.snap()
    b.set(MAX_LENGTH - 1, 42)
    b.snap()
    b.snap()
    b.set(MAX_LENGTH - 1, 0)
    b.set(0, 3)
    b.snap()
    b.set(MAX_LENGTH - 1, 11)
    for s in range(4):
        b.get(MAX_LENGTH - 1, s)
        b.get(0, s)
        b.get(MAX_LENGTH // 2, s)
    tests.append(b)

    # small random: a short array, values overwritten often, repeated sets before a snap
    b = Builder(4)
    random_ops(b, 100, weights=(5, 1, 3), max_val=9)
    tests.append(b)

    # medium random over a medium array
    b = Builder(1000)
    random_ops(b, 5000)
    tests.append(b)

    # largest: a long array, a few cells set, then snap and ask a recent snapshot about cells
    # that never changed (walking back through the snapshots goes all the way to the start)
    b = Builder(MAX_LENGTH)
    hot = random.sample(range(MAX_LENGTH), 20)
    for i in hot:
        b.set(i, random.randint(1, MAX_VAL))
    while b.calls() + 3 <= MAX_CALLS:
        b.snap()
        if random.random() < 0.1:
            b.set(random.choice(hot), random.randint(0, MAX_VAL))
        else:
            b.get(random.randrange(MAX_LENGTH), b.snaps - 1)
        b.get(random.randrange(MAX_LENGTH), random.randrange(b.snaps))
    tests.append(b)

    # largest: a few hot positions with long histories, asked about random old snapshots
    b = Builder(MAX_LENGTH)
    hot = random.sample(range(MAX_LENGTH), 8)
    random_ops(b, MAX_CALLS, weights=(3, 2, 3), indices=hot)
    tests.append(b)

    # largest: a random mix over the whole array, many snapshots
    b = Builder(MAX_LENGTH)
    random_ops(b, MAX_CALLS, weights=(2, 2, 3))
    tests.append(b)

    for i, b in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(b.text())


if __name__ == "__main__":
    main()
