"""Validates one input of Every Distinct Handful: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys
from collections import Counter

MAX_N = 40
MAX_HANDFULS = 20000


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
    if len(lines) != 1:
        fail(f"expected exactly 1 line (marbles), got {len(lines)}")
    try:
        marbles = json.loads(lines[0])
    except ValueError:
        fail("marbles is not JSON")
    if not isinstance(marbles, list) or not 1 <= len(marbles) <= MAX_N:
        fail(f"marbles must be an array of 1..{MAX_N} integers")
    for i, v in enumerate(marbles):
        if isinstance(v, bool) or not isinstance(v, int) or not -100 <= v <= 100:
            fail(f"marbles[{i}] = {v!r} is not an integer in -100..100")
    handfuls = 1
    for count in Counter(marbles).values():
        handfuls *= count + 1
    if handfuls > MAX_HANDFULS:
        fail(f"{handfuls} distinct handfuls, more than {MAX_HANDFULS}")
    sys.exit(42)


if __name__ == "__main__":
    main()
