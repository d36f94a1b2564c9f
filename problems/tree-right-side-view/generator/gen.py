"""Generates the hidden inputs for tree-right-side-view. Deterministic (fixed seed).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from collections import deque
from pathlib import Path

random.seed(624112026)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []
N = 100000


def add(left, right, val):
    """Children as index lists (-1 = none), node 0 is the root; serialise in level order."""
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
    tests.append("%d\n%s\n" % (n, " ".join(toks)))


def vals(n, lo=-10**9, hi=10**9):
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
    """Attach node i to a random free slot; bias>0 prefers recent nodes (deeper trees)."""
    left, right = [-1] * n, [-1] * n
    free = [(0, 0), (0, 1)]
    for i in range(1, n):
        k = len(free) - 1 - min(len(free) - 1, int(random.expovariate(1.0 / bias))) if bias else random.randrange(len(free))
        p, side = free[k]
        free[k] = free[-1]
        free.pop()
        (left if side == 0 else right)[p] = i
        free += [(i, 0), (i, 1)]
    return left, right


add([-1], [-1], [5])                                        # single node
add(*chain(2, lambda i: True), [1, 2])                      # root with a left child only
add(*chain(N, lambda i: True), vals(N, -999, 999))                     # left chain: every node visible, deep
add(*chain(N, lambda i: False), vals(N, -9, 9))             # right chain
add(*chain(30000, lambda i: random.random() < 0.5), vals(30000))    # zig-zag chain
# complete tree
n = N
add([2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)],
    [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)], vals(n, 0, 100))
# right spine short, a long left branch below the root's left child
n = 50000
left, right = [-1] * n, [-1] * n
right[0] = 1
right[1] = 2
left[0] = 3
for i in range(3, n - 1):
    left[i] = i + 1
add(left, right, vals(n, -99, 99))
add(*random_tree(N, 0), vals(N, -10**6, 10**6))                            # random shape
add(*random_tree(N, 3), vals(N, -1000, 1000))               # deep random shape
add(*random_tree(20, 0), vals(20, -5, 5))
add(*random_tree(N, 0), [7] * N)                            # all values equal

for i, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % i)).write_text(t)
