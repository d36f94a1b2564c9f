"""Validates one input of Least Frequently Used Cache: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

MAX_CALLS = 200_000
MAX_CAP = 10**5
MAX_KEY = 10**5
MAX_VALUE = 10**9
ARITY = {"get": 1, "put": 2}


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
    if not names or names[0] != "LFUCache":
        fail('the first operation must be "LFUCache"')
    first = args[0]
    if not isinstance(first, list) or len(first) != 1 or not is_int(first[0]) or not 1 <= first[0] <= MAX_CAP:
        fail(f"LFUCache takes one capacity in [1, {MAX_CAP}], got {first!r}")
    if len(names) - 1 > MAX_CALLS:
        fail(f"{len(names) - 1} calls, at most {MAX_CALLS} allowed")
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if not isinstance(name, str) or name not in ARITY:
            fail(f"operation {i + 1}: unknown method {name!r}")
        if not isinstance(given, list) or len(given) != ARITY[name]:
            fail(f"operation {i + 1}: {name} takes {ARITY[name]} arguments")
        if not is_int(given[0]) or not 0 <= given[0] <= MAX_KEY:
            fail(f"operation {i + 1}: key {given[0]!r} is not an integer in [0, 10^5]")
        if name == "put" and (not is_int(given[1]) or not 0 <= given[1] <= MAX_VALUE):
            fail(f"operation {i + 1}: value {given[1]!r} is not an integer in [0, 10^9]")
    sys.exit(42)


if __name__ == "__main__":
    main()
