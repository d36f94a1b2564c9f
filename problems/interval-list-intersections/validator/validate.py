"""Validates one input of Shared Free Time: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

N = 50_000
TMAX = 10**9


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check(name, slots):
    if not isinstance(slots, list) or len(slots) > N:
        fail(f"{name} must be an array of at most {N} slots")
    previous_end = None
    for i, slot in enumerate(slots):
        if not isinstance(slot, list) or len(slot) != 2 or not all(is_int(v) for v in slot):
            fail(f"{name}[{i}] must be a pair of integers")
        start, end = slot
        if not 0 <= start <= end <= TMAX:
            fail(f"{name}[{i}] = {slot} must satisfy 0 <= start <= end <= 10^9")
        if previous_end is not None and not previous_end < start:
            fail(f"{name}[{i}] starts at {start}, not after the previous end {previous_end}")
        previous_end = end


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
        fail(f"expected exactly 2 lines (mySlots, yourSlots), got {len(lines)}")
    for name, line in zip(("mySlots", "yourSlots"), lines):
        try:
            value = json.loads(line)
        except ValueError:
            fail(f"{name} is not JSON")
        check(name, value)
    sys.exit(42)


if __name__ == "__main__":
    main()
