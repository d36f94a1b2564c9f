"""Validates one input of Expand the Encoded String: exits 42 if valid, 43 (reason on
stderr) if not."""

import json
import sys

MAXS = 10**5
MAXOUT = 10**6
MAXDEPTH = 100
MAXK = 1000


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def check(s):
    """Parses the message; fails unless it follows the grammar and the limits."""
    # stack of [expanded length so far, count] for every open group
    stack = []
    length = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if "a" <= ch <= "z":
            length += 1
            i += 1
        elif "0" <= ch <= "9":
            j = i
            while j < n and "0" <= s[j] <= "9":
                j += 1
            number = s[i:j]
            if number[0] == "0":
                fail(f"count at position {i} is zero or has a leading zero")
            if len(number) > 4 or int(number) > MAXK:
                fail(f"count at position {i} is over 1000")
            if j >= n or s[j] != "[":
                fail(f"count at position {i} is not followed by '['")
            if j + 1 < n and s[j + 1] == "]":
                fail(f"empty group at position {j}")
            stack.append((length, int(number)))
            if len(stack) > MAXDEPTH:
                fail("groups are nested more than 100 deep")
            length = 0
            i = j + 1
        elif ch == "]":
            if not stack:
                fail(f"unmatched ']' at position {i}")
            before, k = stack.pop()
            length = before + k * length
            i += 1
        elif ch == "[":
            fail(f"'[' at position {i} is not preceded by a count")
        else:
            fail(f"unexpected character {ch!r} at position {i}")
        # expansions only grow, so a partial length over the limit is final
        if length > MAXOUT:
            fail("the expanded message is longer than 10^6")
    if stack:
        fail("a group is never closed")
    if length > MAXOUT:
        fail("the expanded message is longer than 10^6")


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
        fail(f"expected exactly 1 line (s), got {len(lines)}")
    try:
        s = json.loads(lines[0])
    except ValueError:
        fail("line 1 is not JSON")
    if not isinstance(s, str) or not 1 <= len(s) <= MAXS:
        fail("s must be a string of 1..100000 characters")
    check(s)
    sys.exit(42)


if __name__ == "__main__":
    main()
