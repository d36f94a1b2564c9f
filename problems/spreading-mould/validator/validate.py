"""Validates one input of Spreading Mould: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

MAX = 300


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
        fail(f"expected exactly 1 line (crate), got {len(lines)}")
    try:
        crate = json.loads(lines[0])
    except ValueError:
        fail("line 1 is not JSON")
    if not isinstance(crate, list) or not 1 <= len(crate) <= MAX:
        fail("crate must be an array of 1..300 rows")
    cols = None
    for r, row in enumerate(crate):
        if not isinstance(row, list) or not 1 <= len(row) <= MAX:
            fail(f"row {r} must be an array of 1..300 characters")
        if cols is None:
            cols = len(row)
        elif len(row) != cols:
            fail(f"row {r} has length {len(row)}, expected {cols}")
        for c, ch in enumerate(row):
            if ch not in (".", "F", "M") or not isinstance(ch, str):
                fail(f"crate[{r}][{c}] = {ch!r} is not '.', 'F' or 'M'")
    sys.exit(42)


if __name__ == "__main__":
    main()
