"""Validates one input of File System Paths: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

MAXCALLS = 200_000
MAXLEN = 100
MAXVALUE = 10**9
MAXLISTED = 10**6
PATH = re.compile(r"(/[a-z]{1,10})+")
ARITY = {"createPath": 2, "get": 1, "list": 1, "remove": 1}


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def compact(value):
    return json.dumps(value, separators=(",", ":"))


def path_arg(v, index, name):
    if not isinstance(v, str) or len(v) > MAXLEN or not PATH.fullmatch(v):
        fail(f"operation {index + 1}: {name}({v!r}): not a path of at most {MAXLEN} characters made of "
             "'/' and names of 1 to 10 lowercase letters")
    return v


def main():
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("input is not ASCII")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) != 2:
        fail(f"expected exactly 2 lines (operations, arguments), got {len(lines)}")
    try:
        names = json.loads(lines[0])
        args = json.loads(lines[1])
    except ValueError:
        fail("a line is not JSON")
    for number, (line, value) in enumerate(zip(lines, (names, args)), 1):
        if line != compact(value):
            fail(f"line {number} is not compact JSON (no spaces)")
    if not isinstance(names, list) or not isinstance(args, list) or len(names) != len(args):
        fail("the two lines must be arrays of the same length")
    if not names or names[0] != "FileSystem" or args[0] != []:
        fail('the first operation must be "FileSystem" with no arguments')
    if len(names) - 1 > MAXCALLS:
        fail(f"{len(names) - 1} calls, at most {MAXCALLS} allowed")
    kids = {"": set()}  # every existing path ("" is the root) -> the names of its children
    listed = 0
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if name not in ARITY:
            fail(f"operation {i + 1}: unknown operation {name!r}")
        if not isinstance(given, list) or len(given) != ARITY[name]:
            fail(f"operation {i + 1}: {name} takes {ARITY[name]} argument(s)")
        if name == "list":
            path = given[0]
            if path != "/":
                path_arg(path, i, name)
                if path not in kids:
                    fail(f"operation {i + 1}: list({path!r}) of a path that does not exist")
            listed += len(kids["" if path == "/" else path])
            if listed > MAXLISTED:
                fail(f"operation {i + 1}: the lists returned hold more than {MAXLISTED} names in total")
            continue
        path = path_arg(given[0], i, name)
        cut = path.rfind("/")
        if name == "createPath":
            value = given[1]
            if not is_int(value) or not 1 <= value <= MAXVALUE:
                fail(f"operation {i + 1}: value = {value!r} is not an integer in [1, 10^9]")
            if path[:cut] in kids and path not in kids:
                kids[path[:cut]].add(path[cut + 1:])
                kids[path] = set()
        elif name == "remove" and path in kids:
            kids[path[:cut]].discard(path[cut + 1:])
            stack = [path]
            while stack:
                p = stack.pop()
                stack.extend(p + "/" + child for child in kids.pop(p))
    sys.exit(42)


if __name__ == "__main__":
    main()
