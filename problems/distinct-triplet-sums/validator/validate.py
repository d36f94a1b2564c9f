"""Input validator for distinct-triplet-sums: line 1 'n T' (3 <= n <= 3000, |T| <= 3*10^5),
line 2 n weights in [-10^5, 10^5].
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
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    first = lines[0].split(b" ")
    if len(first) != 2:
        fail("line 1: expected two integers n and T")
    n = integer(first[0], 3, 3000, "line 1: n")
    integer(first[1], -3 * 10**5, 3 * 10**5, "line 1: T")
    integers(lines[1], n, -10**5, 10**5, "line 2")
    sys.exit(42)


main()
