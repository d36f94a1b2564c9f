"""Validates one input of Time-Versioned Store: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

MAXCALLS = 200_000
MAXT = 10**7
WORD = re.compile(r"[a-z0-9]{1,10}")


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def compact(value):
    return json.dumps(value, separators=(",", ":"))


def word(v, what, index):
    if not isinstance(v, str) or not WORD.fullmatch(v):
        fail(f"operation {index + 1}: {what} = {v!r} is not 1 to 10 lowercase letters or digits")
    return v


def timestamp(v, index):
    if not is_int(v) or not 1 <= v <= MAXT:
        fail(f"operation {index + 1}: timestamp = {v!r} is not an integer in [1, 10^7]")
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
    if not names or names[0] != "TimeMap" or args[0] != []:
        fail('the first operation must be "TimeMap" with no arguments')
    if len(names) - 1 > MAXCALLS:
        fail(f"{len(names) - 1} calls, at most {MAXCALLS} allowed")
    last = {}
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if not isinstance(given, list):
            fail(f"operation {i + 1}: the arguments must be an array")
        if name == "set":
            if len(given) != 3:
                fail(f"operation {i + 1}: set takes 3 arguments")
            key = word(given[0], "key", i)
            word(given[1], "value", i)
            t = timestamp(given[2], i)
            if t <= last.get(key, 0):
                fail(f"operation {i + 1}: set({key!r}) at {t}, not after the key's previous set at {last[key]}")
            last[key] = t
        elif name == "get":
            if len(given) != 2:
                fail(f"operation {i + 1}: get takes 2 arguments")
            word(given[0], "key", i)
            timestamp(given[1], i)
        else:
            fail(f"operation {i + 1}: unknown operation {name!r}")
    sys.exit(42)


if __name__ == "__main__":
    main()
