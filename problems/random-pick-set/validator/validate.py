"""Validates one input of Random Pick Set: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

MAX_CALLS = 200_000
LO, HI = -(2**31), 2**31 - 1
ARITY = {"insert": 1, "remove": 1, "getRandom": 0}


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def reject(name):
    raise ValueError(f"{name} is not JSON")


def main():
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        fail("input is not UTF-8")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) != 2:
        fail(f"expected exactly 2 lines (operations, arguments), got {len(lines)}")
    try:
        names = json.loads(lines[0], parse_constant=reject)
        args = json.loads(lines[1], parse_constant=reject)
    except ValueError as e:
        fail(f"not JSON: {e}")
    if not isinstance(names, list) or not isinstance(args, list):
        fail("both lines must be JSON arrays")
    if len(names) != len(args):
        fail(f"{len(names)} operations but {len(args)} argument lists")
    if not names or names[0] != "RandomizedSet" or args[0] != []:
        fail('the first operation must be "RandomizedSet" with no arguments')
    if len(names) - 1 > MAX_CALLS:
        fail(f"{len(names) - 1} method calls, at most {MAX_CALLS} allowed")
    members = set()
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if not isinstance(name, str) or name not in ARITY:
            fail(f"operation {i + 1}: unknown method {name!r}")
        if not isinstance(given, list) or len(given) != ARITY[name]:
            fail(f"operation {i + 1}: {name} takes {ARITY[name]} arguments")
        if name == "getRandom":
            if not members:
                fail(f"operation {i + 1}: getRandom on an empty set")
            continue
        val = given[0]
        if not is_int(val) or not LO <= val <= HI:
            fail(f"operation {i + 1}: {name} value {val!r} is not a 32-bit integer")
        if name == "insert":
            members.add(val)
        else:
            members.discard(val)
    sys.exit(42)


if __name__ == "__main__":
    main()
