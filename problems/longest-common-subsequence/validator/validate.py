"""Validates one input of Longest Common Subsequence: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

MAX = 2000
LOWER = re.compile(r"[a-z]+")


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
        fail(f"expected exactly 2 lines (draft, revision), got {len(lines)}")
    for name, line in zip(("draft", "revision"), lines):
        try:
            value = json.loads(line)
        except ValueError:
            fail(f"{name} is not JSON")
        if not isinstance(value, str):
            fail(f"{name} must be a string")
        if not 1 <= len(value) <= MAX:
            fail(f"{name} has length {len(value)}, expected 1..{MAX}")
        if not LOWER.fullmatch(value):
            fail(f"{name} must contain only lowercase letters a-z")
    sys.exit(42)


if __name__ == "__main__":
    main()
