"""Generates the hidden inputs for validate-bst.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import os
import random
import sys

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

rnd = random.Random(2718)
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


def bst_values(left, right, lo=-10 ** 5, hi=10 ** 5):
    n = len(left)
    sv = sorted(rnd.sample(range(lo, hi + 1), n))
    vals = [0] * n
    for rank, v in enumerate(inorder(left, right)):
        vals[v] = sv[rank]
    return vals


def parents(left, right):
    par = [-1] * len(left)
    for i in range(len(left)):
        for c in (left[i], right[i]):
            if c >= 0:
                par[c] = i
    return par


def break_far(left, right, vals, equal=False):
    """Pick a leaf v that is a right child of a left child (or mirror) and give it a
    value that passes the check against its parent but violates the grandparent."""
    par = parents(left, right)
    cands = []
    for v in range(len(left)):
        if left[v] == -1 and right[v] == -1 and par[v] >= 0 and par[par[v]] >= 0:
            p, g = par[v], par[par[v]]
            if right[p] == v and left[g] == p:
                cands.append((v, g, +1))
            if left[p] == v and right[g] == p:
                cands.append((v, g, -1))
    v, g, s = cands[-1] if cands else cands[0]
    vals[v] = vals[g] if equal else vals[g] + s
    return vals


def save(idx, left, right, vals):
    toks = serialize(left, right, vals)
    with open(os.path.join(OUT, f"{idx:02d}.in"), "w") as f:
        f.write(f"{len(toks)}\n{' '.join(toks)}\n")


N = 100000
M = 40000
idx = 0


def add(left, right, vals):
    global idx
    idx += 1
    save(idx, left, right, vals)


add([-1], [-1], [-10 ** 9])                                   # single node
l, r = random_tree(2000, rnd, "deep", 4); add(l, r, bst_values(l, r, -10 ** 9, 10 ** 9))  # YES, wide values
add([1, -1], [-1, -1], [10 ** 9, 10 ** 9])                     # equal child: NO
l, r = random_tree(1000, rnd); add(l, r, bst_values(l, r))     # YES
l, r = random_tree(1000, rnd); add(l, r, break_far(l, r, bst_values(l, r)))  # NO (grandparent)
l, r = random_tree(N, rnd, "right"); add(l, r, bst_values(l, r))             # deep YES
l, r = random_tree(M, rnd, "zigzag"); add(l, r, bst_values(l, r))            # deep YES
l, r = random_tree(N, rnd, "deep", 6); add(l, r, bst_values(l, r))           # deep YES
l, r = random_tree(M, rnd, "random"); add(l, r, bst_values(l, r))            # YES
l, r = random_tree(N, rnd, "deep", 6); add(l, r, break_far(l, r, bst_values(l, r)))  # NO, deep
l, r = random_tree(M, rnd, "random"); add(l, r, break_far(l, r, bst_values(l, r), True))  # NO, equal
l, r = random_tree(M, rnd, "random")
vals = bst_values(l, r)
a, b = rnd.sample(range(M), 2)
vals[a], vals[b] = vals[b], vals[a]
add(l, r, vals)                                                # NO, two values swapped
l, r = random_tree(M, rnd, "left"); add(l, r, bst_values(l, r, -M, M))   # deep left path YES
