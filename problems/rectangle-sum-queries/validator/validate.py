"""Input validator for rectangle-sum-queries: n m (1..500) q (1..3e4), n rows of m yields in
[-1000, 1000], then q lines "r1 c1 r2 c2" with r1 <= r2 <= n, c1 <= c2 <= m.
Exit 42 valid, 43 invalid (Kattis convention)."""
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
    n, m, q = numbers(lines[0], 3, 1, 3 * 10**4, "line 1 (n m q)")
    if n > 500 or m > 500:
        fail(f"line 1: n={n} or m={m} exceeds 500")
    expect_lines(lines, 1 + n + q)
    for i in range(1, n + 1):
        numbers(lines[i], m, -1000, 1000, f"line {i + 1} (row)")
    for i in range(n + 1, n + q + 1):
        r1, c1, r2, c2 = numbers(lines[i], 4, 1, max(n, m), f"line {i + 1} (r1 c1 r2 c2)")
        if not (r1 <= r2 <= n and c1 <= c2 <= m):
            fail(f"line {i + 1}: invalid rectangle {r1} {c1} {r2} {c2}")
    sys.exit(42)


main()
