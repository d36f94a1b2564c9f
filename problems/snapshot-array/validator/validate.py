"""Validates one input of Snapshot Array: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

MAX_CALLS = 200_000
MAX_LENGTH = 50_000
MAX_VAL = 10**9
ARITY = {"set": 2, "snap": 0, "get": 2}


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
    if not names or names[0] != "SnapshotArray":
        fail('the first operation must be "SnapshotArray"')
    if not isinstance(args[0], list) or len(args[0]) != 1:
        fail("SnapshotArray takes 1 argument (length)")
    length = args[0][0]
    if not is_int(length) or not 1 <= length <= MAX_LENGTH:
        fail(f"length {length!r} is not an integer in [1, {MAX_LENGTH}]")
    if len(names) - 1 > MAX_CALLS:
        fail(f"{len(names) - 1} method calls, at most {MAX_CALLS} allowed")
    snaps = 0
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if not isinstance(name, str) or name not in ARITY:
            fail(f"operation {i + 1}: unknown method {name!r}")
        if not isinstance(given, list) or len(given) != ARITY[name]:
            fail(f"operation {i + 1}: {name} takes {ARITY[name]} arguments")
        if name == "snap":
            snaps += 1
            continue
        index, second = given
        if not is_int(index) or not 0 <= index < length:
            fail(f"operation {i + 1}: index {index!r} is not in [0, {length - 1}]")
        if name == "set":
            if not is_int(second) or not 0 <= second <= MAX_VAL:
                fail(f"operation {i + 1}: val {second!r} is not an integer in [0, 10^9]")
        elif not is_int(second) or not 0 <= second < snaps:
            fail(f"operation {i + 1}: snapId {second!r} is not the id of a snapshot taken so far ({snaps})")
    sys.exit(42)


if __name__ == "__main__":
    main()
