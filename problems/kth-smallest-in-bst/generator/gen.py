"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two lines: the binary search tree `root` in LeetCode level order (JSON, null
for a missing child, trailing nulls trimmed), and `k`."""

import json
import os
import random
import sys

random.seed(20240705)
MAXN = 100_000
MAXV = 10**9

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


def bst(shape, low=-MAXV, high=MAXV):
    """Fills a shape with distinct random values in [low, high] so that it is a search tree:
    the sorted values are handed out in in-order."""
    left, right = shape
    n = len(left)
    sorted_vals = sorted(random.sample(range(low, high + 1), n))
    vals = [0] * n
    stack, u, index = [], 0, 0
    while stack or u != -1:
        while u != -1:
            stack.append(u)
            u = left[u]
        u = stack.pop()
        vals[u] = sorted_vals[index]
        index += 1
        u = right[u]
    return level_order(vals, left, right)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one node
    tests.append((bst(random_shape(1)), 1))
    # two nodes, the larger one asked for
    tests.append((bst(random_shape(2)), 2))
    # small random search tree
    tests.append((bst(random_shape(10)), 4))
    # largest random search tree, the minimum
    tests.append((bst(random_shape(MAXN)), 1))
    # largest random search tree, the maximum
    tests.append((bst(random_shape(MAXN)), MAXN))
    # largest random search tree, somewhere in the middle
    tests.append((bst(random_shape(MAXN)), random.randint(2, MAXN - 1)))
    # deep: a path down the left children (values decrease downwards), the maximum = the root
    # (quadratic for repeated successor searches from the root)
    tests.append((bst(path_shape(MAXN, "left")), MAXN))
    # deep: a path down the right children (values increase downwards), the deepest node
    tests.append((bst(path_shape(MAXN, "right")), MAXN))
    # deep: a zigzag path, the middle value
    tests.append((bst(path_shape(MAXN, "zigzag")), MAXN // 2))
    # deep: a path turning at random, near the maximum
    tests.append((bst(path_shape(MAXN, "random")), MAXN - 5))
    # largest complete search tree
    tests.append((bst(complete_shape(MAXN)), 77_777))
    # deep and bushy search tree
    tests.append((bst(deep_shape(MAXN, 3)), MAXN // 3 * 2))
    # caterpillar: a left spine with a leaf hanging right of every spine node, the maximum
    tests.append((bst(caterpillar_shape(MAXN)), MAXN))
    # values packed at the ends of the range: consecutive integers up to 10^9
    tests.append((bst(random_shape(MAXN), MAXV - MAXN + 1, MAXV), MAXN - 1))
    for i, (root, k) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(root, separators=(",", ":")) + "\n")
            f.write(json.dumps(k) + "\n")


if __name__ == "__main__":
    main()
