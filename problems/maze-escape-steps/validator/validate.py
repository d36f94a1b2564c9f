"""Input validator for maze-escape-steps: n m (1..1000, n*m >= 2), then n rows of m chars
from "SE.#" with exactly one S and one E. Exit 42 valid, 43 invalid (Kattis convention)."""
import re
import sys

# One or more canonical integers (no "+", no leading zeros, no "-0"), single spaces between.
NUMBERS = re.compile(rb"(?:0|-?[1-9][0-9]{0,18})(?: (?:0|-?[1-9][0-9]{0,18}))*")


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(43)


def numbers(line: bytes, count: int | None, low: int, high: int, what: str) -> list[int]:
    """Parse `count` (any number if None) single-space separated integers in [low, high]."""
    if not NUMBERS.fullmatch(line):
        fail(f"{what}: {line[:40]!r} is not a list of single-space separated integers")
    values = [int(token) for token in line.split(b" ")]
    if count is not None and len(values) != count:
        fail(f"{what}: expected {count} integers, found {len(values)}")
    if min(values) < low or max(values) > high:
        bad = next(v for v in values if not low <= v <= high)
        fail(f"{what}: {bad} is outside [{low}, {high}]")
    return values


def read_lines() -> list[bytes]:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and contain no carriage returns")
    return data[:-1].split(b"\n")


def expect_lines(lines: list[bytes], count: int) -> None:
    if len(lines) != count:
        fail(f"expected {count} lines, found {len(lines)}")


def main() -> None:
    lines = read_lines()
    n, m = numbers(lines[0], 2, 1, 1000, "line 1 (n m)")
    if n * m < 2:
        fail("line 1: n*m must be at least 2")
    expect_lines(lines, n + 1)
    for i, row in enumerate(lines[1:], 2):
        if len(row) != m:
            fail(f"line {i}: row has length {len(row)}, expected {m}")
        if row.translate(None, b"SE.#"):
            fail(f"line {i}: characters other than S, E, '.', '#'")
    grid = b"".join(lines[1:])
    if grid.count(b"S") != 1 or grid.count(b"E") != 1:
        fail(f"grid has {grid.count(b'S')} S and {grid.count(b'E')} E, expected exactly one each")
    sys.exit(42)


main()
