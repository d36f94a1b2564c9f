"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (the first constructs MinStack) and their
argument lists. Every pop, top and getMin is made on a non-empty stack."""

import json
import os
import random
import sys

random.seed(20261130)
MAX_CALLS = 200_000  # method calls after the constructor
LO, HI = -(2**31), 2**31 - 1


class Builder:
    def __init__(self):
        self.names = ["MinStack"]
        self.args = [[]]
        self.size = 0

    def calls(self):
        return len(self.names) - 1

    def push(self, val):
        self.names.append("push")
        self.args.append([val])
        self.size += 1

    def pop(self):
        assert self.size > 0
        self.names.append("pop")
        self.args.append([])
        self.size -= 1

    def ask(self, name):
        assert self.size > 0 and name in ("top", "getMin")
        self.names.append(name)
        self.args.append([])

    def text(self):
        assert self.calls() <= MAX_CALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def random_ops(b, count, lo, hi, weights=(4, 2, 1, 2)):
    """A random walk of push/pop/top/getMin; pop and the questions only on a non-empty stack."""
    for _ in range(count):
        if b.size == 0:
            b.push(random.randint(lo, hi))
            continue
        op = random.choices(["push", "pop", "top", "getMin"], weights=weights)[0]
        if op == "push":
            b.push(random.randint(lo, hi))
        elif op == "pop":
            b.pop()
        else:
            b.ask(op)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []

    # smallest: one value pushed, read, popped
    b = Builder()
    b.push(7)
    b.ask("top")
    b.ask("getMin")
    b.pop()
    tests.append(b)

    # the extremes of int, and a minimum that comes back after pops
    b = Builder()
    for v in [HI, LO, HI, 0, LO]:
        b.push(v)
        b.ask("getMin")
        b.ask("top")
    for _ in range(4):
        b.pop()
        b.ask("getMin")
        b.ask("top")
    tests.append(b)

    # the minimum pushed several times: popping one copy must keep the others
    b = Builder()
    for v in [3, 1, 1, 2, 1, 5, 1]:
        b.push(v)
        b.ask("getMin")
    for _ in range(6):
        b.pop()
        b.ask("getMin")
        b.ask("top")
    tests.append(b)

    # the stack emptied completely and built again
    b = Builder()
    for _ in range(3):
        for v in [4, -1, 6, -1, -8]:
            b.push(v)
            b.ask("getMin")
        while b.size:
            b.ask("getMin")
            b.pop()
    b.push(10)
    b.ask("getMin")
    tests.append(b)

    # small random, few distinct values (many equal minima)
    b = Builder()
    random_ops(b, 60, -3, 3)
    tests.append(b)

    # medium random over the full range
    b = Builder()
    random_ops(b, 2000, LO, HI)
    tests.append(b)

    # largest: a deep stack, then getMin over and over (a scan per getMin is quadratic)
    b = Builder()
    half = MAX_CALLS // 2
    for _ in range(half):
        b.push(random.randint(LO, HI))
    while b.calls() < MAX_CALLS:
        b.ask("getMin" if b.calls() % 3 else "top")
    tests.append(b)

    # largest: push ascending values, asking the minimum after each (the minimum sits at the bottom)
    b = Builder()
    v = -(10**9)
    while b.calls() + 2 <= MAX_CALLS:
        b.push(v)
        b.ask("getMin")
        v += random.randint(0, 5)
    tests.append(b)

    # largest: a sawtooth: a deep descending run, then pops and pushes near the top
    b = Builder()
    for i in range(60_000):
        b.push(HI - 30_000 * i - random.randint(0, 20_000))
    while b.calls() + 4 <= MAX_CALLS:
        if random.random() < 0.5 and b.size > 50_000:
            b.pop()
        else:
            b.push(random.randint(LO, HI))
        b.ask("getMin")
        b.ask("top")
        b.ask("getMin")
    tests.append(b)

    # largest: a random walk that keeps the stack deep, few distinct values
    b = Builder()
    for _ in range(50_000):
        b.push(random.randint(-1000, 1000))
    random_ops(b, MAX_CALLS - b.calls(), -1000, 1000, weights=(3, 3, 1, 3))
    tests.append(b)

    for i, b in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(b.text())


if __name__ == "__main__":
    main()
