"""Validates one input of Warmest Long Spell: exits 42 if valid, 43 (reason on stderr)
if not."""

import json
import sys

MAXN = 10**5
V = 10**4


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


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
        fail(f"expected exactly 2 lines (nums, k), got {len(lines)}")
    try:
        nums = json.loads(lines[0])
        k = json.loads(lines[1])
    except ValueError:
        fail("a line is not JSON")
    if not isinstance(nums, list) or not 1 <= len(nums) <= MAXN:
        fail("nums must be an array of 1..100000 integers")
    for i, x in enumerate(nums):
        if not is_int(x) or not -V <= x <= V:
            fail(f"nums[{i}] must be an integer in [-10^4, 10^4]")
    if not is_int(k) or not 1 <= k <= len(nums):
        fail("k must be an integer in [1, n]")
    sys.exit(42)


if __name__ == "__main__":
    main()
