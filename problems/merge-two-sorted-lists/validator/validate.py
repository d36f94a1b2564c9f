"""Validates one input of One Turnstile, Two Queues: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

MAXN = 100_000
LIM = 10**9


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_list(values, name):
    if not isinstance(values, list):
        fail(f"{name} must be a JSON array")
    if len(values) > MAXN:
        fail(f"{name} has {len(values)} nodes, at most {MAXN} allowed")
    for i, v in enumerate(values):
        if not is_int(v) or not -LIM <= v <= LIM:
            fail(f"{name}[{i}] = {v!r} is not an integer in [-10^9, 10^9]")
        if i and values[i - 1] > v:
            fail(f"{name} is not sorted: {name}[{i - 1}] = {values[i - 1]} > {name}[{i}] = {v}")


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
        fail(f"expected exactly 2 lines (list1, list2), got {len(lines)}")
    for index, name in enumerate(("list1", "list2")):
        try:
            values = json.loads(lines[index])
        except ValueError:
            fail(f"line {index + 1} ({name}) is not JSON")
        check_list(values, name)
    sys.exit(42)


if __name__ == "__main__":
    main()
