"""Input validator for balanced-split: n, then a line of n weights
(1 <= n <= 1000, 1 <= w_i <= 1000). Exit 42 valid, 43 invalid (Kattis convention)."""
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
    n = integer(lines[0], 1, 1000, "line 1: n")
    weights = lines[1].split(b" ")
    if len(weights) != n:
        fail(f"line 2: expected {n} weights, found {len(weights)}")
    for j, token in enumerate(weights, start=1):
        integer(token, 1, 1000, f"line 2: w_{j}")
    sys.exit(42)


main()
