"""Generates the hidden tests for binary-tree-diameter.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

rnd = random.Random(771)
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


def vals(n, hi=99):
    return [rnd.randint(0, hi) for _ in range(n)]


def lopsided(n):
    """Root with a short left path; the right child carries a deep subtree
    whose own diameter does not pass through the root."""
    left = [-1] * n
    right = [-1] * n
    left[0] = 1
    right[0] = 2
    # node 2 gets two long chains
    a, b = 3, 4
    left[2] = a
    right[2] = b
    nxt = 5
    half = (n - 5) // 2
    cur = a
    for _ in range(half):
        left[cur] = nxt
        cur = nxt
        nxt += 1
    cur = b
    while nxt < n:
        right[cur] = nxt
        cur = nxt
        nxt += 1
    return left, right


def relabel_bfs(left, right):
    """Nothing to relabel: serialize already walks in breadth-first order."""
    return left, right


tests = []
tests.append(random_tree(2, rnd, "left"))
tests.append(random_tree(3, rnd, "random"))
tests.append(lopsided(12))
tests.append(random_tree(1000, rnd, "random"))
tests.append(random_tree(100000, rnd, "random"))
tests.append(random_tree(100000, rnd, "left"))
tests.append(random_tree(100000, rnd, "zigzag"))
tests.append(random_tree(100000, rnd, "deep", 2))
tests.append(random_tree(100000, rnd, "deep", 6))
tests.append(lopsided(100000))
# complete tree
n = 65535
tests.append(([2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)],
              [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]))

for i, (l, r) in enumerate(tests, 1):
    hi = 10 ** 9 if i == 4 else 99
    toks = serialize(l, r, vals(len(l), hi))
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(toks)}\n{' '.join(toks)}\n")
