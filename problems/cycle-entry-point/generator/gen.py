"""Generates the hidden tests for cycle-entry-point.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

random.seed(20261124)
tests = []


def build(n, walk_len, loop_to):
    """A random walk order of walk_len nodes starting at 1; last node points to
    position loop_to in the walk (0-based) or ends (loop_to None). Other nodes random."""
    others = list(range(2, n + 1))
    random.shuffle(others)
    order = [1] + others[:walk_len - 1]
    nxt = [0] * (n + 1)
    for a, b in zip(order, order[1:]):
        nxt[a] = b
    nxt[order[-1]] = 0 if loop_to is None else order[loop_to]
    for v in others[walk_len - 1:]:
        nxt[v] = random.randint(0, n)
    return nxt[1:]


tests.append([0])                      # single node, no loop
tests.append([1])                      # single node pointing to itself
tests.append([2, 1])
tests.append(build(10, 10, 4))
tests.append(build(1000, 700, None))
tests.append(build(100000, 100000, None))       # one long list, no loop
tests.append(build(100000, 100000, 0))          # whole list is a loop
tests.append(build(100000, 100000, 99999))     # self loop at the very end
tests.append(build(100000, 100000, 50000))
tests.append(build(100000, 75000, 74998))
tests.append(build(100000, 99999, 1))
tests.append(list(range(2, 100001)) + [0])      # identity chain 1->2->...->n
tests.append(list(range(2, 100001)) + [2])

for i, t in enumerate(tests, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(t)}\n{' '.join(map(str, t))}\n")
