"""Input validator for grid-paths-blocked: line 1 'r c' (1 <= r, c <= 1000),
then r rows of exactly c characters from '.' and '#'.
Exit 42 valid, 43 invalid (Kattis convention)."""
import re
import sys


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(43)


def integer(token: bytes, low: int, high: int, what: str) -> int:
    digits = token[1:] if token[:1] == b"-" else token
    if not digits.isdigit() or len(digits) > 18 or (digits[:1] == b"0" and digits != b"0") \
            or token == b"-0":
        fail(f"{what}: {token[:20]!r} is not an integer")
    value = int(token)
    if not low <= value <= high:
        fail(f"{what}: {value} is outside [{low}, {high}]")
    return value


def main() -> None:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    lines = data[:-1].split(b"\n")
    first = lines[0].split(b" ")
    if len(first) != 2:
        fail("line 1: expected two integers r and c")
    r = integer(first[0], 1, 1000, "line 1: r")
    c = integer(first[1], 1, 1000, "line 1: c")
    if len(lines) != r + 1:
        fail(f"expected r+1 = {r + 1} lines, found {len(lines)}")
    row = re.compile(rb"[#.]{%d}" % c)
    for i in range(1, r + 1):
        if not row.fullmatch(lines[i]):
            fail(f"line {i + 1}: expected exactly {c} characters from '.' and '#'")
    sys.exit(42)


main()
