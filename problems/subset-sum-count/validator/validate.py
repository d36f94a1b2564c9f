"""Input validator for subset-sum-count: "n k" with 1 <= n <= 36, |k| <= 4e10, then n
integers in [-1e9, 1e9]. Exit 42 valid, 43 invalid (Kattis convention)."""
import sys


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(43)


def integer(token: bytes, low: int, high: int, what: str) -> int:
    if not token or not (token.isdigit() or (token[:1] == b"-" and token[1:].isdigit())) \
            or (token.lstrip(b"-").startswith(b"0") and token.lstrip(b"-") != b"0") or token == b"-0":
        fail(f"{what}: {token[:20]!r} is not an integer")
    value = int(token)
    if not low <= value <= high:
        fail(f"{what}: {value} is outside [{low}, {high}]")
    return value


def ints(line: bytes, count: int, low: int, high: int, what: str) -> list[int]:
    tokens = line.split(b" ")
    if len(tokens) != count:
        fail(f"{what}: expected {count} integers, found {len(tokens)}")
    return [integer(token, low, high, what) for token in tokens]


def read_lines() -> list[bytes]:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    return data[:-1].split(b"\n")


def expect_lines(lines: list[bytes], count: int) -> None:
    if len(lines) != count:
        fail(f"expected {count} lines, found {len(lines)}")


def main() -> None:
    lines = read_lines()
    expect_lines(lines, 2)
    first = lines[0].split(b" ")
    if len(first) != 2:
        fail("line 1: expected two integers n and k")
    n = integer(first[0], 1, 36, "line 1: n")
    integer(first[1], -4 * 10 ** 10, 4 * 10 ** 10, "line 1: k")
    ints(lines[1], n, -10 ** 9, 10 ** 9, "line 2: a")
    sys.exit(42)


main()
