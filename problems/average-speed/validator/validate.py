"""Input validator for average-speed: n, then n lines "d t"
(1 <= n <= 1e5, 0 <= d <= 1e6, 1 <= t <= 1e6). Exit 42 valid, 43 invalid (Kattis convention)."""
import sys


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(43)


def integer(token: bytes, low: int, high: int, what: str) -> int:
    if not token or len(token) > 20 or not (token.isdigit() or (token[:1] == b"-" and token[1:].isdigit())) \
            or (token.lstrip(b"-").startswith(b"0") and token.lstrip(b"-") != b"0") or token == b"-0":
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
    n = integer(lines[0], 1, 10**5, "line 1: n")
    if len(lines) != n + 1:
        fail(f"expected {n + 1} lines, found {len(lines)}")
    for i, line in enumerate(lines[1:], start=2):
        parts = line.split(b" ")
        if len(parts) != 2:
            fail(f"line {i}: expected two integers d and t")
        integer(parts[0], 0, 10**6, f"line {i}: d")
        integer(parts[1], 1, 10**6, f"line {i}: t")
    sys.exit(42)


main()
