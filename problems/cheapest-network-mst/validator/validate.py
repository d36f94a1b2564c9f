"""Input validator for cheapest-network-mst: "n m", then m lines "a b c"
(1 <= n <= 5e4, 0 <= m <= 1e5, 1 <= a, b <= n, 0 <= c <= 1e6; loops and parallel edges allowed).
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
        fail("line 1: expected two integers n and m")
    n = integer(header[0], 1, 5 * 10**4, "line 1: n")
    m = integer(header[1], 0, 10**5, "line 1: m")
    if len(lines) != m + 1:
        fail(f"expected {m + 1} lines, found {len(lines)}")
    for i, line in enumerate(lines[1:], start=2):
        parts = line.split(b" ")
        if len(parts) != 3:
            fail(f"line {i}: expected three integers")
        integer(parts[0], 1, n, f"line {i}: first endpoint")
        integer(parts[1], 1, n, f"line {i}: second endpoint")
        integer(parts[2], 0, 10**6, f"line {i}: cost")
    sys.exit(42)


main()
