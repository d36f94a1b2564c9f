"""Validates one input of In-Memory Database, Level 1: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

MAX_CALLS = 200_000
ARITY = {"set": 3, "get": 2, "deleteField": 2}
NAME = re.compile(r"[a-z0-9]{1,20}")
PARAMS = {"set": ("key", "field", "value"), "get": ("key", "field"), "deleteField": ("key", "field")}


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


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
    if not names or names[0] != "InMemoryDB" or args[0] != []:
        fail('the first operation must be "InMemoryDB" with no arguments')
    if len(names) - 1 > MAX_CALLS:
        fail(f"{len(names) - 1} method calls, at most {MAX_CALLS} allowed")
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if not isinstance(name, str) or name not in ARITY:
            fail(f"operation {i + 1}: unknown method {name!r}")
        if not isinstance(given, list) or len(given) != ARITY[name]:
            fail(f"operation {i + 1}: {name} takes {ARITY[name]} arguments")
        for param, value in zip(PARAMS[name], given):
            if not isinstance(value, str) or not NAME.fullmatch(value):
                fail(f"operation {i + 1}: {name}'s {param} {value!r} is not 1 to 20 lowercase letters and digits")
    sys.exit(42)


if __name__ == "__main__":
    main()
