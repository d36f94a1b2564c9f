"""Input validator for balanced-paren-listing: one line "n k" (1 <= n <= 15, 1 <= k <= 1000).
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


def main() -> None:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    lines = data[:-1].split(b"\n")
    if len(lines) != 1:
        fail(f"expected 1 line, found {len(lines)}")
    parts = lines[0].split(b" ")
    if len(parts) != 2:
        fail("line 1: expected two integers n and k")
    integer(parts[0], 1, 15, "line 1: n")
    integer(parts[1], 1, 1000, "line 1: k")
    sys.exit(42)


main()
