"""Input validator for count-subarrays-with-sum: "n k", then a line of n integers
(1 <= n <= 1e5, -1e4 <= a_i <= 1e4, -1e9 <= k <= 1e9). Exit 42 valid, 43 invalid (Kattis convention)."""
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


def ints(line: bytes, count: int, low: int, high: int, what: str) -> list:
    parts = line.split(b" ")
    if len(parts) != count:
        fail(f"{what}: expected {count} integers, found {len(parts)}")
    return [integer(t, low, high, f"{what}, integer {j}") for j, t in enumerate(parts, start=1)]


def main() -> None:
    lines = read_lines()
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    header = lines[0].split(b" ")
    if len(header) != 2:
        fail("line 1: expected two integers n and k")
    n = integer(header[0], 1, 10**5, "line 1: n")
    integer(header[1], -10**9, 10**9, "line 1: k")
    ints(lines[1], n, -10**4, 10**4, "line 2")
    sys.exit(42)


main()
