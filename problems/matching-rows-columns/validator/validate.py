"""Validates one input of Rows That Read Like Columns: exits 42 if valid, 43 (reason on
stderr) if not."""

import json
import sys

MAXN = 1000
V = 10**5


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
        fail(f"expected exactly 1 line (grid), got {len(lines)}")
    try:
        grid = json.loads(lines[0])
    except ValueError:
        fail("line 1 is not JSON")
    if not isinstance(grid, list) or not 1 <= len(grid) <= MAXN:
        fail("grid must be an array of 1..1000 rows")
    n = len(grid)
    for r, row in enumerate(grid):
        if not isinstance(row, list) or len(row) != n:
            fail(f"row {r} must be an array of exactly n = {n} integers")
        for c, x in enumerate(row):
            if not isinstance(x, int) or isinstance(x, bool) or not 1 <= x <= V:
                fail(f"grid[{r}][{c}] must be an integer in [1, 10^5]")
    sys.exit(42)


if __name__ == "__main__":
    main()
