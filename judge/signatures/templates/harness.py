"""The judge's Python harness (a template: the signature or the design goes where the marker is): a
function problem's function called once, or a design problem's class driven by its operations."""

# @@SIGNATURE@@
import json
import os
import sys
import threading
import time
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


def load_solution():
    """The user's solution.py, run in a namespace of its own with what LeetCode's Python provides."""
    namespace = {"__name__": "solution", "__builtins__": __builtins__, "ListNode": ListNode, "TreeNode": TreeNode}
    namespace.update({name: getattr(typing, name) for name in typing.__all__})
    with open("solution.py", encoding="utf-8") as file:
        exec(compile(file.read(), "solution.py", "exec"), namespace)
    return namespace


def wrong_type(what, value, returns, error):
    """The user's fault (exit 1): a return value that is not of its declared type."""
    sys.stderr.write(f"judge: {what} returned {type(value).__name__}, expected {returns[2]}: {error}\n")
    sys.exit(1)


def converted(value, returns, what):
    """A returned value as the JSON-ready value of its declared type."""
    try:
        return convert(value, returns[0], returns[1], False)
    except (TypeError, ValueError, AttributeError, RecursionError) as error:
        wrong_type(what, value, returns, error)


def as_json(value):
    return json.dumps(value, separators=(",", ":"), allow_nan=False)


def encoded(value, returns, what):
    """A returned value as JSON of its declared type."""
    value = converted(value, returns, what)
    try:
        return as_json(value)
    except (TypeError, ValueError, RecursionError) as error:
        wrong_type(what, value, returns, error)


def call_function(lines):
    arguments = [convert(json.loads(lines[i]), base, depth, True) for i, (base, depth) in enumerate(PARAMS)]
    namespace = load_solution()
    if isinstance(namespace.get("Solution"), type) and hasattr(namespace["Solution"], FUNCTION):
        function = getattr(namespace["Solution"](), FUNCTION)
    elif callable(namespace.get(FUNCTION)):
        function = namespace[FUNCTION]
    else:
        sys.stderr.write(f"judge: define class Solution with a method {FUNCTION}, or a function {FUNCTION}\n")
        sys.exit(1)
    return encoded(function(*arguments), (*RETURNS, RETURN_NAME), FUNCTION)


class Progress:
    """Tells the judge, every 5 ms, which call of a design test is running (`\x1e<secret>@<index>`,
    0 the constructor), from a thread of its own: a run killed at a limit, even inside one call
    that never returns, still says where it was. `index` is the one thing the loop updates."""

    def __init__(self, fd, secret):
        self.index = 0
        self.fd = fd
        self.prefix = b"\x1e" + secret + b"@"
        self.lock = threading.Lock()  # held for good by `stop`, so no line lands inside the result
        threading.Thread(target=self.watch, daemon=True).start()

    def watch(self):
        reported = -1
        while True:
            time.sleep(0.005)
            with self.lock:
                if self.index != reported:
                    reported = self.index
                    os.write(self.fd, self.prefix + str(reported).encode() + b"\n")

    def stop(self):
        self.lock.acquire()


NODES = ("ListNode", "TreeNode")


def plain(types):
    """Whether values of these (base, depth) types pass between JSON and the user's code as they
    are: no nodes to build, no int to widen to a double. Most calls of most designs are plain, and
    skipping `convert` for them is most of what makes a call cheap."""
    return all(base not in NODES and base != "double" for base, _ in types)


def drive_object(lines, progress):
    """A design problem: construct the class with the first operation's arguments, call the others
    in order, and return what each returned (null for the constructor and for void methods)."""
    names = json.loads(lines[0])
    arguments = json.loads(lines[1])
    namespace = load_solution()
    cls = namespace.get(CLASS)
    if not isinstance(cls, type):
        sys.stderr.write(f"judge: define class {CLASS}\n")
        sys.exit(1)
    # Per method: its params, its return type, and whether each passes as is. Only a scalar return
    # is kept as it is: a list could still change after its call (a getter returning the object's
    # own list), so it is copied (by `converted`) when it comes back.
    table = {
        name: (params, returns, plain(params), returns is None or (returns[1] == 0 and plain([returns[:2]])))
        for name, (params, returns) in METHODS.items()
    }
    # Returned values are kept as they are and encoded once, at the end (one C call instead of one
    # per call); a value JSON cannot hold is found then, and named by its call.
    values = [None]
    index = 0
    try:
        obj = cls(*[convert(value, base, depth, True) for value, (base, depth) in zip(arguments[0], CONSTRUCTOR)])
        bound = {}
        for index in range(1, len(names)):
            progress.index = index
            name = names[index]
            method = bound.get(name)
            if method is None:
                method = getattr(obj, name, None)
                if not callable(method):
                    sys.stderr.write(f"judge: {CLASS} has no method {name}\n")
                    sys.exit(1)
                bound[name] = method
            params, returns, plain_params, plain_returns = table[name]
            if plain_params:
                value = method(*arguments[index])
            else:
                value = method(*[convert(v, base, depth, True) for v, (base, depth) in zip(arguments[index], params)])
            if returns is None:
                values.append(None)
            elif plain_returns:
                values.append(value)
            else:
                values.append(converted(value, returns, f"call {index}, {name}"))
    except Exception as error:
        # Python prints the traceback; the verdict's message names the call.
        where = "the constructor" if index == 0 else f"call {index}, {name}"
        sys.stderr.write(f"judge: {where} raised {type(error).__name__}: {str(error)[:200]}\n")
        raise
    try:
        return as_json(values)
    except (TypeError, ValueError, RecursionError):
        for index in range(1, len(values)):  # which call returned what JSON cannot hold
            try:
                as_json(values[index])
            except (TypeError, ValueError, RecursionError) as error:
                wrong_type(f"call {index}, {names[index]}", values[index], table[names[index]][1], error)
        raise


def main():
    secret, _, rest = sys.stdin.buffer.read().partition(b"\n")
    lines = rest.decode("utf-8").split("\n")
    result_fd = os.dup(1)  # the harness's own copy of stdout, taken before the user's code runs
    if MODE == "design":
        progress = Progress(result_fd, secret)
        payload = drive_object(lines, progress)
        progress.stop()
    else:
        payload = call_function(lines)
    sys.stdout.flush()
    os.write(result_fd, b"\x1e" + secret + b" " + payload.encode("utf-8") + b"\n")


main()
