"""Input validator for balanced-brackets: n, then a line with a string of n characters from
"()[]{}" (0 <= n <= 5e5; the line is empty when n = 0). Exit 42 valid, 43 invalid (Kattis convention)."""
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
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    n = integer(lines[0], 0, 5 * 10**5, "line 1: n")
    s = lines[1]
    if len(s) != n:
        fail(f"line 2: string has length {len(s)}, expected {n}")
    if not set(s) <= set(b"()[]{}"):
        fail("line 2: string has a character outside ()[]{}")
    sys.exit(42)


main()
