"""Validates one input of Nearest Stall of a Kind: exits 42 if valid, 43 (reason on
stderr) if not."""

import json
import re
import sys

MAXN = 10**5


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


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
        fail(f"expected exactly 2 lines (s, c), got {len(lines)}")
    try:
        s = json.loads(lines[0])
        c = json.loads(lines[1])
    except ValueError:
        fail("a line is not JSON")
    if not isinstance(s, str) or not 1 <= len(s) <= MAXN:
        fail("s must be a string of 1..100000 letters")
    if not re.fullmatch(r"[a-z]+", s):
        fail("s must consist of lowercase letters a-z")
    if not isinstance(c, str) or not re.fullmatch(r"[a-z]", c):
        fail("c must be one lowercase letter")
    if c not in s:
        fail("c does not occur in s")
    sys.exit(42)


if __name__ == "__main__":
    main()
