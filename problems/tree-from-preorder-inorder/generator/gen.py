"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two lines: `preorder` and `inorder`, the two walks of a binary tree with
distinct values, as JSON arrays."""

import json
import os
import random
import sys

random.seed(20240706)
MAXN = 100_000
MAXV = 10**6

def random_shape(n):
    """Each new node takes a uniformly random free child position: depth about O(log n)."""
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)] if n else []
    for i in range(1, n):
        j = random.randrange(len(slots))
        slots[j], slots[-1] = slots[-1], slots[j]
        parent, side = slots.pop()
        if side == 0:
            left[parent] = i
        else:
            right[parent] = i
        slots.append((i, 0))
        slots.append((i, 1))
    return left, right


def deep_shape(n, window):
    """Each new node hangs below one of the `window` most recent nodes: deep and bushy."""
    left, right = [-1] * n, [-1] * n
    for i in range(1, n):
        while True:
            parent = random.randrange(max(0, i - window), i)
            side = random.randrange(2)
            kids = left if side == 0 else right
            if kids[parent] == -1:
                kids[parent] = i
                break
            other = right if side == 0 else left
            if other[parent] == -1:
                other[parent] = i
                break
    return left, right


def path_shape(n, mode):
    """One long path: mode 'left', 'right', 'zigzag' or 'random' (the direction of each step)."""
    left, right = [-1] * n, [-1] * n
    for i in range(1, n):
        if mode == "left":
            side = 0
        elif mode == "right":
            side = 1
        elif mode == "zigzag":
            side = i % 2
        else:
            side = random.randrange(2)
        (left if side == 0 else right)[i - 1] = i
    return left, right


def complete_shape(n):
    """The complete tree: node i has children 2i+1 and 2i+2."""
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return left, right


def caterpillar_shape(n):
    """A path down the left children, each spine node with a leaf as its right child."""
    left, right = [-1] * n, [-1] * n
    spine = (n + 1) // 2
    for i in range(1, spine):
        left[i - 1] = i
    for k, leaf in enumerate(range(spine, n)):
        right[k] = leaf
    return left, right


def walks(shape, vals=None):
    """The pre-order and in-order walks of the shape filled with distinct values."""
    left, right = shape
    n = len(left)
    if vals is None:
        vals = random.sample(range(-MAXV, MAXV + 1), n)
    pre, ino = [], []
    stack = [0]
    while stack:
        u = stack.pop()
        pre.append(vals[u])
        if right[u] != -1:
            stack.append(right[u])
        if left[u] != -1:
            stack.append(left[u])
    stack, u = [], 0
    while stack or u != -1:
        while u != -1:
            stack.append(u)
            u = left[u]
        u = stack.pop()
        ino.append(vals[u])
        u = right[u]
    return pre, ino


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one node
    tests.append(walks(random_shape(1)))
    # two nodes: a root and its left child
    tests.append(walks(path_shape(2, "left")))
    # two nodes: a root and its right child
    tests.append(walks(path_shape(2, "right")))
    # small random tree
    tests.append(walks(random_shape(12)))
    # largest random tree
    tests.append(walks(random_shape(MAXN)))
    # deep: a path down the left children (in-order is pre-order reversed; every root is
    # at the far end of its in-order range, quadratic for a linear search)
    tests.append(walks(path_shape(MAXN, "left")))
    # deep: a path down the right children (both walks equal)
    tests.append(walks(path_shape(MAXN, "right")))
    # deep: a zigzag path
    tests.append(walks(path_shape(MAXN, "zigzag")))
    # deep: a path turning at random
    tests.append(walks(path_shape(MAXN, "random")))
    # largest complete tree
    tests.append(walks(complete_shape(MAXN)))
    # deep and bushy tree
    tests.append(walks(deep_shape(MAXN, 3)))
    # caterpillar: a left spine with a leaf on the right of every spine node
    tests.append(walks(caterpillar_shape(MAXN)))
    # medium-depth tree whose values are 1..n in a random order
    vals = list(range(1, MAXN + 1))
    random.shuffle(vals)
    tests.append(walks(deep_shape(MAXN, 200), vals))
    # a search tree: the in-order walk is sorted (the values sit at both ends of the range)
    left, right = random_shape(MAXN)
    ends = list(range(-MAXV, -MAXV + MAXN // 2)) + list(range(MAXV - (MAXN - MAXN // 2) + 1, MAXV + 1))
    vals = [0] * MAXN
    stack, u, rank = [], 0, 0
    while stack or u != -1:
        while u != -1:
            stack.append(u)
            u = left[u]
        u = stack.pop()
        vals[u] = ends[rank]
        rank += 1
        u = right[u]
    tests.append(walks((left, right), vals))
    for i, (pre, ino) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(pre, separators=(",", ":")) + "\n")
            f.write(json.dumps(ino, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
