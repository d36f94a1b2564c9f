"""Input validator for storm-road-closures: "n m" (n <= 5e4, m <= 1e5), m roads "a b" with
1 <= a, b <= n and a != b, then q in [1, m] and q distinct road numbers in [1, m].
Exit 42 valid, 43 invalid (Kattis convention)."""
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
    first = lines[0].split(b" ")
    if len(first) != 2:
        fail("line 1: expected two integers n and m")
    n = integer(first[0], 1, 5 * 10 ** 4, "line 1: n")
    m = integer(first[1], 1, 10 ** 5, "line 1: m")
    expect_lines(lines, m + 3)
    for i in range(1, m + 1):
        a, b = ints(lines[i], 2, 1, n, f"line {i + 1}: road")
        if a == b:
            fail(f"line {i + 1}: road {i} joins village {a} to itself")
    q = integer(lines[m + 1], 1, m, f"line {m + 2}: q")
    closed = ints(lines[m + 2], q, 1, m, f"line {m + 3}: r")
    if len(set(closed)) != q:
        fail(f"line {m + 3}: the closed roads are not distinct")
    sys.exit(42)


main()
