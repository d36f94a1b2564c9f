"""Validates one input of Total Bit Differences: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

N = 100_000
TOP = 2**31 - 1


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
        fail(f"expected exactly 1 line (codes), got {len(lines)}")
    try:
        codes = json.loads(lines[0])
    except ValueError:
        fail("codes is not JSON")
    if not isinstance(codes, list) or not 1 <= len(codes) <= N:
        fail(f"codes must be an array of 1..{N} integers")
    for i, v in enumerate(codes):
        if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= TOP:
            fail(f"codes[{i}] = {v!r} is not an integer in 0..2^31-1")
    sys.exit(42)


if __name__ == "__main__":
    main()
