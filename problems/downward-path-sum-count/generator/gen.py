"""Generates the hidden tests for downward-path-sum-count.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from collections import deque
from pathlib import Path

random.seed(9112026)
if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []
N = 100000


def add(left, right, val, T):
    n = len(val)
    toks = [str(val[0])]
    q = deque([0])
    while q:
        u = q.popleft()
        for c in (left[u], right[u]):
            if c == -1:
                toks.append("null")
            else:
                toks.append(str(val[c]))
                q.append(c)
    assert len(toks) == 2 * n + 1
    tests.append("%d %d\n%s\n" % (n, T, " ".join(toks)))


def vals(n, lo, hi):
    return [random.randint(lo, hi) for _ in range(n)]


def chain(n, pick):
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        if pick(i):
            left[i] = i + 1
        else:
            right[i] = i + 1
    return left, right


def random_tree(n, bias):
    left, right = [-1] * n, [-1] * n
    free = [(0, 0), (0, 1)]
    for i in range(1, n):
        if bias:
            k = len(free) - 1 - min(len(free) - 1, int(random.expovariate(1.0 / bias)))
        else:
            k = random.randrange(len(free))
        p, side = free[k]
        free[k] = free[-1]
        free.pop()
        (left if side == 0 else right)[p] = i
        free += [(i, 0), (i, 1)]
    return left, right


def complete(n):
    return ([2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)],
            [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)])


add([-1], [-1], [7], 7)                                        # single node, match
add([-1], [-1], [-10**9], 10**9)                               # single node, no match
add(*chain(N, lambda i: True), [0] * N, 0)                     # every path matches: n(n+1)/2
add(*chain(N, lambda i: random.random() < 0.5), vals(N, -2, 2), 3)   # deep, many matches
add(*chain(N, lambda i: False), [10**9] * N, 10**14)           # sums hit the T bound exactly
add(*complete(N), vals(N, -3, 3), 0)                           # branching: cross-branch sums collide
add(*complete(N), [1] * N, 5)
add(*random_tree(N, 0), vals(N, -10, 10), -4)
add(*random_tree(N, 3), vals(N, -5, 5), 1)                     # deep random shape
add(*random_tree(60000, 0), vals(60000, -10**9, 10**9), 0)     # large values, few matches
add(*random_tree(30, 0), vals(30, -3, 3), 2)
add(*random_tree(N, 5), vals(N, -1, 1), -10**14)               # unreachable target: 0
# two long branches with mirror values: only correct bookkeeping keeps them apart
n = 60000
left, right = [-1] * n, [-1] * n
left[0], right[0] = 1, 2
for i in range(1, n - 2):
    left[i] = i + 2
v = [0] + [1 if i % 2 else -1 for i in range(1, n)]
add(left, right, v, 0)

for i, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % i)).write_text(t)
