"""Input validator for fewest-intervals-to-remove: line 1 n (1 <= n <= 10^5),
then n lines 'l r' with 0 <= l < r <= 10^9.
Exit 42 valid, 43 invalid (Kattis convention)."""
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


def integers(line: bytes, count: int, low: int, high: int, what: str) -> list[int]:
    tokens = line.split(b" ")
    if len(tokens) != count:
        fail(f"{what}: expected {count} integers, found {len(tokens)} tokens")
    return [integer(t, low, high, f"{what}, token {i + 1}") for i, t in enumerate(tokens)]


def main() -> None:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    lines = data[:-1].split(b"\n")
    n = integer(lines[0], 1, 10**5, "line 1: n")
    if len(lines) != n + 1:
        fail(f"expected n+1 = {n + 1} lines, found {len(lines)}")
    for i in range(1, n + 1):
        left, right = integers(lines[i], 2, 0, 10**9, f"line {i + 1}")
        if left >= right:
            fail(f"line {i + 1}: l = {left} is not below r = {right}")
    sys.exit(42)


main()
