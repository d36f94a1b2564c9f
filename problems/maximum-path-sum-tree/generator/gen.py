"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the tree `root` in LeetCode level order (JSON, null for a
missing child, trailing nulls trimmed)."""

import json
import os
import random
import sys

random.seed(20240707)
MAXN = 100_000
MAXV = 1000

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


def two_arms(n, mode):
    """A root with two long paths below it, of about n / 2 nodes each (turns chosen by mode)."""
    m = (n - 1) // 2
    left, right = [-1] * n, [-1] * n
    pl, pr = path_shape(m, mode), path_shape(n - 1 - m, mode)
    left[0], right[0] = 1, 1 + m
    for i in range(m):
        left[1 + i] = -1 if pl[0][i] == -1 else 1 + pl[0][i]
        right[1 + i] = -1 if pl[1][i] == -1 else 1 + pl[1][i]
    for i in range(n - 1 - m):
        left[1 + m + i] = -1 if pr[0][i] == -1 else 1 + m + pr[0][i]
        right[1 + m + i] = -1 if pr[1][i] == -1 else 1 + m + pr[1][i]
    return left, right


def spiky(n):
    """Mostly small negative values with a few large positive ones."""
    vals = values(n, -MAXV, -1)
    for i in random.sample(range(n), max(1, n // 500)):
        vals[i] = random.randint(500, MAXV)
    return vals


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one negative node
    tests.append([-MAXV])
    # smallest: one positive node
    tests.append([MAXV])
    # small random tree
    tests.append(level_order(values(15), *random_shape(15)))
    # largest random tree, all values negative (the answer is the largest value)
    tests.append(level_order(values(MAXN, -MAXV, -1), *random_shape(MAXN)))
    # largest complete tree, all values 1000
    tests.append(level_order([MAXV] * MAXN, *complete_shape(MAXN)))
    # largest random tree, values in [-1000, 1000]
    tests.append(level_order(values(MAXN), *random_shape(MAXN)))
    # deep: a path down the left children, random values (quadratic for recomputing the
    # best downward path of every subtree from scratch)
    tests.append(level_order(values(MAXN), *path_shape(MAXN, "left")))
    # deep: a path down the right children, all 1000 (the answer is 10^8)
    tests.append(level_order([MAXV] * MAXN, *path_shape(MAXN, "right")))
    # deep: a zigzag path, values mostly positive
    tests.append(level_order(values(MAXN, -300, MAXV), *path_shape(MAXN, "zigzag")))
    # deep: two long arms below a negative root, all other values positive (the best path
    # bends at the root)
    vals = values(MAXN, 0, MAXV)
    vals[0] = -MAXV
    tests.append(level_order(vals, *two_arms(MAXN, "random")))
    # deep: two straight arms, mostly negative with a few large values
    tests.append(level_order(spiky(MAXN), *two_arms(MAXN, "left")))
    # deep and bushy tree, random values
    tests.append(level_order(values(MAXN), *deep_shape(MAXN, 3)))
    # caterpillar: the spine slightly negative, the hanging leaves large
    left, right = caterpillar_shape(MAXN)
    spine = (MAXN + 1) // 2
    vals = values(spine, -60, 0) + values(MAXN - spine, 0, MAXV)
    tests.append(level_order(vals, left, right))
    # largest complete tree, all values -1000
    tests.append(level_order([-MAXV] * MAXN, *complete_shape(MAXN)))
    # medium-depth tree, mostly negative with a few large values
    tests.append(level_order(spiky(MAXN), *deep_shape(MAXN, 100)))
    for i, root in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(root, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
