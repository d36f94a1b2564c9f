"""Writes the hidden inputs for reverse-polish-evaluation. Deterministic (fixed seed).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Expressions are produced by simulating the evaluation stack, choosing at every
operator a result that stays within [-1e18, 1e18] and never divides by zero."""
import random
import sys
from pathlib import Path

rng = random.Random(161803)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
LIM = 10 ** 18


def tdiv(a, b):
    q = abs(a) // abs(b)
    return -q if (a < 0) != (b < 0) else q


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return tdiv(a, b)


def build(count, num, push_prob, ops="+-*/"):
    """count numbers drawn by num(); push_prob(stack_size) = chance to push when both moves are legal."""
    toks, st = [], []
    left = count
    while left > 0 or len(st) > 1:
        can_push = left > 0
        can_op = len(st) >= 2
        if can_push and (not can_op or rng.random() < push_prob(len(st))):
            v = num()
            toks.append(str(v))
            st.append(v)
            left -= 1
            continue
        b = st.pop()
        a = st.pop()
        choices = list(ops)
        rng.shuffle(choices)
        for op in choices + ["+", "-"]:
            if op == "/" and b == 0:
                continue
            r = apply(op, a, b)
            if -LIM <= r <= LIM:
                break
        toks.append(op)
        st.append(r)
    return toks


def small():
    return rng.randint(-9, 9)


def big():
    return rng.randint(-10 ** 9, 10 ** 9)


tests = []
tests.append(["-1000000000"])                                             # a single number
tests.append(["7", "-2", "/"])                                            # -3.5 -> -3
tests.append(["-9", "2", "-", "4", "/"])                                  # (-11)/4 -> -2
tests.append(["1000000000", "1000000000", "*", "1000000000", "-", "-1", "*"]) # near the bound
tests.append(build(200, small, lambda s: 0.5))
tests.append(build(50000, small, lambda s: 0.5))                          # random shape
tests.append(build(50000, small, lambda s: 1.0))                          # all numbers, then all operators
tests.append(build(50000, small, lambda s: 0.0 if s >= 2 else 1.0))       # left-deep chain
tests.append(build(20000, big, lambda s: 0.6))                            # large operands
tests.append(build(50000, lambda: rng.choice([-3, -2, 2, 3]), lambda s: 0.5, "*/"))  # only * and /
tests.append(build(50000, lambda: rng.choice([-7, 7, -1, 1]), lambda s: 1.0 if s < 25000 else 0.3, "-/"))
tests.append(build(50000, small, lambda s: 0.9))                          # deep stack
for k, t in enumerate(tests, 1):
    (OUT / f"{k:02d}.in").write_text(f"{len(t)}\n{' '.join(t)}\n")
