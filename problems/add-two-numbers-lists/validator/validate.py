"""Validates one input of Adding Numbers Digit by Digit: exits 42 if valid, 43 (reason on stderr)
if not."""

import json
import sys

MAXN = 100_000


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_number(digits, name):
    if not isinstance(digits, list):
        fail(f"{name} must be a JSON array")
    if not 1 <= len(digits) <= MAXN:
        fail(f"{name} has {len(digits)} nodes, expected 1..{MAXN}")
    for i, v in enumerate(digits):
        if not is_int(v) or not 0 <= v <= 9:
            fail(f"{name}[{i}] = {v!r} is not a digit 0..9")
    if len(digits) > 1 and digits[-1] == 0:
        fail(f"{name} has a leading zero (its last node is 0)")


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
        fail(f"expected exactly 2 lines (l1, l2), got {len(lines)}")
    for index, name in enumerate(("l1", "l2")):
        try:
            digits = json.loads(lines[index])
        except ValueError:
            fail(f"line {index + 1} ({name}) is not JSON")
        check_number(digits, name)
    sys.exit(42)


if __name__ == "__main__":
    main()
