"""Input validator for bounded-knapsack: "n W", then n lines "w v c" (1 <= n <= 100,
1 <= W <= 5000, 1 <= w <= 5000, 1 <= v <= 1e6, 1 <= c <= 1000).
Exit 42 valid, 43 invalid (Kattis convention)."""
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


def read_lines() -> list:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    return data[:-1].split(b"\n")


def main() -> None:
    lines = read_lines()
    header = lines[0].split(b" ")
    if len(header) != 2:
        fail("line 1: expected two integers n and W")
    n = integer(header[0], 1, 100, "line 1: n")
    integer(header[1], 1, 5000, "line 1: W")
    if len(lines) != n + 1:
        fail(f"expected {n + 1} lines, found {len(lines)}")
    for i, line in enumerate(lines[1:], start=2):
        parts = line.split(b" ")
        if len(parts) != 3:
            fail(f"line {i}: expected three integers w, v, c")
        integer(parts[0], 1, 5000, f"line {i}: w")
        integer(parts[1], 1, 10**6, f"line {i}: v")
        integer(parts[2], 1, 1000, f"line {i}: c")
    sys.exit(42)


main()
