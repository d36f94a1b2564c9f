"""Input validator for least-walls-broken: line 1 'n m' (1 <= n, m <= 800, n*m >= 2), then n rows of
exactly m characters from 'S', 'E', '.', '#', '@' with exactly one 'S' and one 'E'.
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
        fail("line 1: expected two integers n and m")
    n = integer(first[0], 1, 800, "line 1: n")
    m = integer(first[1], 1, 800, "line 1: m")
    if n * m < 2:
        fail("line 1: n*m must be at least 2")
    if len(lines) != n + 1:
        fail(f"expected n+1 = {n + 1} lines, found {len(lines)}")
    row = re.compile(rb"[SE.#@]{%d}" % m)
    for i in range(1, n + 1):
        if not row.fullmatch(lines[i]):
            fail(f"line {i + 1}: expected exactly {m} characters from 'S', 'E', '.', '#', '@'")
    for letter in b"SE":
        count = data.count(bytes([letter]))
        if count != 1:
            fail(f"the grid has {count} '{chr(letter)}' cells, expected exactly one")
    sys.exit(42)


main()
