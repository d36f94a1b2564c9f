"""Validates one input of Sorting a Chain of Records: exits 42 if valid, 43 (reason on stderr)
if not."""

import json
import sys

MAXN = 100_000
LIM = 100_000


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
    if len(lines) != 1:
        fail(f"expected exactly 1 line (head), got {len(lines)}")
    try:
        head = json.loads(lines[0])
    except ValueError:
        fail("line 1 (head) is not JSON")
    if not isinstance(head, list):
        fail("head must be a JSON array")
    if len(head) > MAXN:
        fail(f"head has {len(head)} nodes, at most {MAXN} allowed")
    for i, v in enumerate(head):
        if not is_int(v) or not -LIM <= v <= LIM:
            fail(f"head[{i}] = {v!r} is not an integer in [-{LIM}, {LIM}]")
    sys.exit(42)


if __name__ == "__main__":
    main()
