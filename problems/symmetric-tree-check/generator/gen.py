"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the tree `root` in LeetCode level order (JSON, null for a
missing child, trailing nulls trimmed)."""

import json
import os
import random
import sys

random.seed(20240704)
MAXN = 100_000
MAXV = 100

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


def values(n):
    return [random.randint(-MAXV, MAXV) for _ in range(n)]


def symmetric(half_vals, half_left, half_right, root_val):
    """A root whose left subtree is the given half tree and whose right subtree is its mirror.
    Node 0 is the root, the half's node i is node 1 + i, its mirror image is node 1 + m + i."""
    m = len(half_vals)
    n = 1 + 2 * m
    vals = [root_val] + half_vals + half_vals
    left, right = [-1] * n, [-1] * n
    if m:
        left[0], right[0] = 1, 1 + m
    for i in range(m):
        a, b = 1 + i, 1 + m + i
        if half_left[i] != -1:
            left[a] = 1 + half_left[i]
            right[b] = 1 + m + half_left[i]
        if half_right[i] != -1:
            right[a] = 1 + half_right[i]
            left[b] = 1 + m + half_right[i]
    return vals, left, right


def random_symmetric(m, shape=None, vals=None):
    left, right = shape if shape else random_shape(m)
    return symmetric(vals if vals else values(m), left, right, random.randint(-MAXV, MAXV))


def flip_single_child(vals, left, right):
    """Moves the only child of some left-half node to its other side: every level still reads
    the same forwards and backwards (ignoring the missing children), but the tree is no longer
    symmetric. Picks the deepest such node in the root's left subtree."""
    best, best_depth = -1, -1
    stack = [(left[0], 1)]
    while stack:
        u, d = stack.pop()
        if (left[u] == -1) != (right[u] == -1) and d > best_depth:
            best, best_depth = u, d
        for c in (left[u], right[u]):
            if c != -1:
                stack.append((c, d + 1))
    assert best != -1
    left[best], right[best] = right[best], left[best]


def two_paths(m, mode):
    """Symmetric: a root with two mirrored paths of m nodes each (turns chosen by mode)."""
    shape = path_shape(m, mode)
    return random_symmetric(m, shape)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one node (symmetric)
    tests.append(level_order([-100], [-1], [-1]))
    # a root with a single child (not symmetric)
    tests.append([5, None, 5])
    # a root with two equal leaves (symmetric)
    tests.append([0, 3, 3])
    # small random symmetric tree
    tests.append(level_order(*random_symmetric(6)))
    # small: levels read the same both ways but one child sits on the wrong side
    vals, left, right = random_symmetric(8, path_shape(8, "random"))
    flip_single_child(vals, left, right)
    tests.append(level_order(vals, left, right))
    # largest random symmetric tree (99 999 nodes)
    m = (MAXN - 1) // 2
    tests.append(level_order(*random_symmetric(m)))
    # the same kind of tree with one deep value changed (not symmetric)
    vals, left, right = random_symmetric(m)
    deepest = max(range(len(vals)), key=lambda i: (i > m, i))  # a node of the mirrored half
    vals[deepest] = vals[deepest] + 1 if vals[deepest] < MAXV else vals[deepest] - 1
    tests.append(level_order(vals, left, right))
    # large, all values equal, one child on the wrong side deep down (not symmetric;
    # every level still reads the same both ways)
    vals, left, right = random_symmetric(m, deep_shape(m, 30), [1] * m)
    flip_single_child(vals, left, right)
    tests.append(level_order(vals, left, right))
    # deep: two mirrored paths of 49 999 nodes going straight out (symmetric; quadratic for
    # a check that walks from the root to every node's mirror position)
    tests.append(level_order(*two_paths(m, "left")))
    # deep: two mirrored paths turning at random (symmetric)
    tests.append(level_order(*two_paths(m, "random")))
    # deep: two mirrored zigzag paths whose last values differ (not symmetric)
    vals, left, right = two_paths(m, "zigzag")
    vals[m] = -vals[2 * m] if vals[2 * m] != 0 else 1
    tests.append(level_order(vals, left, right))
    # deep and bushy symmetric tree (each node below one of the last 4 nodes)
    tests.append(level_order(*random_symmetric(m, deep_shape(m, 4))))
    # full complete tree of 65 535 nodes with mirrored values (symmetric)
    n = 2**16 - 1
    vals = [0] * n
    for depth in range(16):
        first, width = 2**depth - 1, 2**depth
        half = values((width + 1) // 2)
        vals[first : first + width] = half + half[: width // 2][::-1]
    tests.append(level_order(vals, *complete_shape(n)))
    # largest complete tree, all values equal: its last level is only partly filled
    # (not symmetric, though every level reads the same both ways)
    tests.append(level_order([4] * MAXN, *complete_shape(MAXN)))
    # largest random tree (not symmetric)
    tests.append(level_order(values(MAXN), *random_shape(MAXN)))
    for i, root in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(root, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
