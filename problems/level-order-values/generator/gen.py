"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the tree `root` in LeetCode level order (JSON, null for a
missing child, trailing nulls trimmed)."""

import json
import os
import random
import sys

random.seed(20240703)
MAXN = 100_000
MAXV = 10_000

# ---- tree shapes: a tree is (left, right) child-index lists over nodes 0..n-1, root 0, -1 = none ----


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


def level_order(vals, left, right):
    """The tree's LeetCode level order: null for a missing child, trailing nulls trimmed."""
    if not vals:
        return []
    out, queue, i = [], [0], 0
    while i < len(queue):
        u = queue[i]
        i += 1
        if u == -1:
            out.append(None)
        else:
            out.append(vals[u])
            queue.append(left[u])
            queue.append(right[u])
    while out and out[-1] is None:
        out.pop()
    return out


def values(n, low=-MAXV, high=MAXV):
    return [random.randint(low, high) for _ in range(n)]


def tree(n, shape):
    left, right = shape
    return level_order(values(n), left, right)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: the empty tree (no levels)
    tests.append([])
    # smallest non-empty: one node
    tests.append([random.randint(-MAXV, MAXV)])
    # small random tree
    tests.append(tree(12, random_shape(12)))
    # medium random tree, all values equal
    left, right = random_shape(1000)
    tests.append(level_order([7] * 1000, left, right))
    # largest complete tree (17 levels, the last one 34 465 nodes wide)
    tests.append(tree(MAXN, complete_shape(MAXN)))
    # largest random tree (shallow, wide levels)
    tests.append(tree(MAXN, random_shape(MAXN)))
    # deep: one path of 10^5 nodes down the left children (breaks deep recursion,
    # and is quadratic for a separate depth-limited search per level)
    tests.append(tree(MAXN, path_shape(MAXN, "left")))
    # deep: one path down the right children
    tests.append(tree(MAXN, path_shape(MAXN, "right")))
    # deep: a zigzag path
    tests.append(tree(MAXN, path_shape(MAXN, "zigzag")))
    # deep: a path whose every step turns at random
    tests.append(tree(MAXN, path_shape(MAXN, "random")))
    # deep: a caterpillar (left spine of 50 000 nodes, a leaf on each)
    tests.append(tree(MAXN, caterpillar_shape(MAXN)))
    # deep and bushy: each node hangs below one of the last 3 nodes
    tests.append(tree(MAXN, deep_shape(MAXN, 3)))
    # medium depth: each node hangs below one of the last 200 nodes
    tests.append(tree(MAXN, deep_shape(MAXN, 200)))
    for i, root in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(root, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
