"""Validates one input of How Deep Is the Tree?: exits 42 if valid, 43 (reason on stderr) if not.

One line: `root`, a binary tree in level order with 0..100 000 nodes, values in [-10^4, 10^4]."""

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


def parse_tree(level, name, max_nodes, low, high):
    """Checks a level-order tree; returns (vals, left, right) with root 0 (empty lists if empty)."""
    if not isinstance(level, list):
        fail(f"{name} must be an array (level order)")
    if level and level[0] is None:
        fail(f"{name}: the root cannot be null")
    if level and level[-1] is None:
        fail(f"{name}: trailing nulls must be trimmed")
    vals, left, right = [], [], []
    ids = []  # node id of each level-order position, -1 for null
    for index, item in enumerate(level):
        if item is None:
            ids.append(-1)
            continue
        if not is_int(item):
            fail(f"{name}[{index}] is not an integer or null")
        if not low <= item <= high:
            fail(f"{name}[{index}] = {item} is outside [{low}, {high}]")
        ids.append(len(vals))
        vals.append(item)
        left.append(-1)
        right.append(-1)
        if len(vals) > max_nodes:
            fail(f"{name} has more than {max_nodes} nodes")
    child = 1
    for index in range(len(level)):
        if index >= child:
            fail(f"{name}[{index}] has no parent: more values than open child positions")
        u = ids[index]
        if u == -1:
            continue
        if child < len(level):
            left[u] = ids[child]
            child += 1
        if child < len(level):
            right[u] = ids[child]
            child += 1
    if child < len(level):
        fail(f"{name}[{child}] has no parent: more values than open child positions")
    return vals, left, right


def main():
    (level,) = read_lines(1)
    parse_tree(level, "root", 100_000, -10_000, 10_000)
    sys.exit(42)


if __name__ == "__main__":
    main()
