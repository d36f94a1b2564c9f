"""Validates one input of Runs of Consecutive Cards: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

N = 100_000
VMAX = 10**9


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
        fail(f"expected exactly 2 lines (cards, runLength), got {len(lines)}")
    try:
        cards = json.loads(lines[0])
        k = json.loads(lines[1])
    except ValueError:
        fail("a line is not JSON")
    if not isinstance(cards, list) or not 1 <= len(cards) <= N:
        fail(f"cards must be an array of 1..{N} integers")
    for i, v in enumerate(cards):
        if not is_int(v) or not 0 <= v <= VMAX:
            fail(f"cards[{i}] = {v!r} is not an integer in 0..10^9")
    if not is_int(k) or not 1 <= k <= len(cards):
        fail(f"runLength = {k!r} is not an integer in 1..cards.length")
    sys.exit(42)


if __name__ == "__main__":
    main()
