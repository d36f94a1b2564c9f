"""Generates the hidden tests for bst-lca-queries.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

rnd = random.Random(6174)
def random_tree(n, rnd, mode="random", window=3):
    """Return (left, right) child arrays for n nodes, node 0 is the root.
    mode: random (log depth), deep (attach near the newest nodes), left/right/zigzag paths."""
    left = [-1] * n
    right = [-1] * n
    if mode in ("left", "right", "zigzag"):
        for i in range(1, n):
            side = mode if mode != "zigzag" else ("left" if i % 2 else "right")
            (left if side == "left" else right)[i - 1] = i
        return left, right
    free = [(0, 0), (0, 1)]
    for i in range(1, n):
        if mode == "random":
            k = rnd.randrange(len(free))
        else:
            k = len(free) - 1 - rnd.randrange(min(window, len(free)))
        p, s = free[k]
        free[k] = free[-1]
        free.pop()
        (left if s == 0 else right)[p] = i
        free.append((i, 0))
        free.append((i, 1))
    return left, right


def serialize(left, right, vals, null="null"):
    """Level-order tokens of the tree rooted at 0, trailing nulls removed."""
    out = [str(vals[0])]
    q = [0]
    h = 0
    while h < len(q):
        v = q[h]
        h += 1
        for c in (left[v], right[v]):
            if c == -1:
                out.append(null)
            else:
                out.append(str(vals[c]))
                q.append(c)
    while out[-1] == null:
        out.pop()
    return out


def inorder(left, right):
    out, stack, v = [], [], 0
    while stack or v != -1:
        while v != -1:
            stack.append(v)
            v = left[v]
        v = stack.pop()
        out.append(v)
        v = right[v]
    return out


def bst_values(left, right, hi=2 * 10 ** 5):
    n = len(left)
    sv = sorted(rnd.sample(range(1, (10 ** 6 if n == 3000 else hi) + 1), n))
    vals = [0] * n
    for r, v in enumerate(inorder(left, right)):
        vals[v] = sv[r]
    return vals


N = 50000
idx = 0


def add(left, right, q, deep_bias=False):
    global idx
    idx += 1
    vals = bst_values(left, right)
    n = len(vals)
    toks = serialize(left, right, vals)
    qs = []
    for _ in range(q):
        if deep_bias:
            u = vals[rnd.randrange(n // 2, n)]
            v = vals[rnd.randrange(n // 2, n)]
        else:
            u = vals[rnd.randrange(n)]
            v = vals[rnd.randrange(n)] if rnd.random() < 0.95 else u
        qs.append(f"{u} {v}")
    with open(OUT / f"{idx:02d}.in", "w") as f:
        f.write(f"{len(toks)}\n{' '.join(toks)}\n{q}\n" + "\n".join(qs) + "\n")


add([-1], [-1], 1)
add(*random_tree(3000, rnd), 3000)  # wide key range below
add(*random_tree(2, rnd, "left"), 3)
add(*random_tree(200, rnd), 200)
add(*random_tree(2000, rnd, "deep", 5), 1000)
add(*random_tree(N, rnd, "right"), 12000, True)      # a path, deep queries
add(*random_tree(30000, rnd, "zigzag"), 10000, True)
add(*random_tree(N, rnd, "left"), 8000, True)
add(*random_tree(N, rnd, "deep", 4), 10000, True)
add(*random_tree(N, rnd, "random"), N)
add(*random_tree(30000, rnd, "deep", 12), 10000)
