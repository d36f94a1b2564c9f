"""Validates one input of Rebuild a Tree from Two Walks: exits 42 if valid, 43 (reason on stderr)
if not.

Two lines: `preorder` and `inorder`, arrays of 1..100 000 distinct integers in
[-10^6, 10^6] holding the same values, that are the pre-order and in-order walks of one
binary tree (checked by rebuilding the tree and walking it again)."""

import json
import sys


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def read_lines(count):
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        fail("input is not UTF-8")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) != count:
        fail(f"expected exactly {count} line(s), got {len(lines)}")
    values = []
    for number, line in enumerate(lines, 1):
        try:
            values.append(json.loads(line))
        except ValueError:
            fail(f"line {number} is not JSON")
    return values


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_array(values, name):
    if not isinstance(values, list):
        fail(f"{name} must be an array")
    if not 1 <= len(values) <= 100_000:
        fail(f"{name} must have 1..100000 elements, has {len(values)}")
    for i, v in enumerate(values):
        if not is_int(v) or not -10**6 <= v <= 10**6:
            fail(f"{name}[{i}] = {v!r} is not an integer in [-10^6, 10^6]")
    if len(set(values)) != len(values):
        fail(f"the values of {name} are not distinct")


def main():
    preorder, inorder = read_lines(2)
    check_array(preorder, "preorder")
    check_array(inorder, "inorder")
    n = len(preorder)
    if len(inorder) != n:
        fail(f"preorder has {n} values but inorder has {len(inorder)}")
    if set(preorder) != set(inorder):
        fail("preorder and inorder do not hold the same values")
    # rebuild (nodes are pre-order indices), then walk the result in order
    left, right = [-1] * n, [-1] * n
    stack, j = [0], 0
    for i in range(1, n):
        top = stack[-1]
        if preorder[top] != inorder[j]:
            left[top] = i
        else:
            while stack and preorder[stack[-1]] == inorder[j]:
                top = stack.pop()
                j += 1
                if j >= n:
                    fail("the two lists are not the walks of one binary tree")
            right[top] = i
        stack.append(i)
    walk, stack, u = [], [], 0
    while stack or u != -1:
        while u != -1:
            stack.append(u)
            u = left[u]
        u = stack.pop()
        walk.append(preorder[u])
        u = right[u]
    if walk != inorder:
        fail("the two lists are not the walks of one binary tree")
    sys.exit(42)


if __name__ == "__main__":
    main()
