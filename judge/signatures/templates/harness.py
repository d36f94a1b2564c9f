"""The judge's Python harness (a template: the signature goes where the marker is)."""

# @@SIGNATURE@@
import json
import os
import sys
import typing
from typing import List, Optional

sys.setrecursionlimit(1_000_000)  # the stack is as large as the memory limit
MAX_NODES = 1_000_000


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def to_list(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def to_tree(values):
    if not values:
        return None
    nodes = [None if value is None else TreeNode(value) for value in values]
    children = iter(nodes[1:])
    for node in nodes:
        if node is not None:
            node.left = next(children, None)
            node.right = next(children, None)
    return nodes[0]


def from_list(node):
    values = []
    while node is not None:
        if len(values) >= MAX_NODES:
            raise ValueError("the returned list has more than 10^6 nodes: is there a cycle?")
        values.append(node.val)
        node = node.next
    return values


def from_tree(root):
    values, queue, index = [], [root], 0
    while index < len(queue):
        node = queue[index]
        index += 1
        if len(queue) > 2 * MAX_NODES + 1:
            raise ValueError("the returned tree has more than 10^6 nodes: is there a cycle?")
        if node is None:
            values.append(None)
        else:
            values.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def convert(value, base, depth, to):
    if depth:
        return None if value is None else [convert(item, base, depth - 1, to) for item in value]
    if base == "ListNode":
        return to_list(value) if to else from_list(value)
    if base == "TreeNode":
        return to_tree(value) if to else from_tree(value)
    if not to and base == "double" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def main():
    secret, _, rest = sys.stdin.buffer.read().partition(b"\n")
    lines = rest.decode("utf-8").split("\n")
    arguments = [convert(json.loads(lines[i]), base, depth, True) for i, (base, depth) in enumerate(PARAMS)]
    result_fd = os.dup(1)  # the harness's own copy of stdout, taken before the user's code runs
    namespace = {"__name__": "solution", "__builtins__": __builtins__, "ListNode": ListNode, "TreeNode": TreeNode}
    namespace.update({name: getattr(typing, name) for name in typing.__all__})
    with open("solution.py", encoding="utf-8") as file:
        exec(compile(file.read(), "solution.py", "exec"), namespace)
    if isinstance(namespace.get("Solution"), type) and hasattr(namespace["Solution"], FUNCTION):
        function = getattr(namespace["Solution"](), FUNCTION)
    elif callable(namespace.get(FUNCTION)):
        function = namespace[FUNCTION]
    else:
        sys.stderr.write(f"judge: define class Solution with a method {FUNCTION}, or a function {FUNCTION}\n")
        sys.exit(1)
    result = function(*arguments)
    try:
        payload = json.dumps(convert(result, *RETURNS, False), separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as error:
        sys.stderr.write(f"judge: {FUNCTION} returned {type(result).__name__}, expected {RETURN_NAME}: {error}\n")
        sys.exit(1)
    sys.stdout.flush()
    os.write(result_fd, b"\x1e" + secret + b" " + payload.encode("utf-8") + b"\n")


main()
