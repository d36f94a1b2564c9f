"""Validates one input of Browser History: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

MAXCALLS = 200_000
MAXSTEPS = 10**5
URL = re.compile(r"[a-z0-9.]{1,20}")


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def compact(value):
    return json.dumps(value, separators=(",", ":"))


def check_url(where, label, value):
    if not isinstance(value, str) or not URL.fullmatch(value):
        fail(f"{where}: {label} = {value!r} is not 1 to 20 lowercase letters, digits or dots")


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
    if not names or names[0] != "BrowserHistory":
        fail('the first operation must be "BrowserHistory"')
    if not isinstance(args[0], list) or len(args[0]) != 1:
        fail("the constructor takes 1 argument (homepage)")
    check_url("constructor", "homepage", args[0][0])
    if len(names) - 1 > MAXCALLS:
        fail(f"{len(names) - 1} calls, at most {MAXCALLS} allowed")
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        where = f"operation {i + 1}"
        if name not in ("visit", "back", "forward"):
            fail(f"{where}: unknown operation {name!r}")
        if not isinstance(given, list) or len(given) != 1:
            fail(f"{where}: {name} takes 1 argument")
        if name == "visit":
            check_url(where, "url", given[0])
        else:
            steps = given[0]
            if not is_int(steps) or not 1 <= steps <= MAXSTEPS:
                fail(f"{where}: steps = {steps!r} is not an integer in [1, 10^5]")
    sys.exit(42)


if __name__ == "__main__":
    main()
