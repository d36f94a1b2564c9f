"""Input validator for max-xor-pair: n (2..1e5), then n codes in [0, 2^30). Exit 42 valid, 43 invalid (Kattis convention)."""
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
    expect_lines(lines, 2)
    (n,) = numbers(lines[0], 1, 2, 10**5, "line 1 (n)")
    numbers(lines[1], n, 0, 2**30 - 1, "line 2 (codes)")
    sys.exit(42)


main()
