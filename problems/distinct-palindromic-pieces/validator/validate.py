"""Input validator for distinct-palindromic-pieces: one line with a string of 1..2e5
lowercase letters. Exit 42 valid, 43 invalid (Kattis convention)."""
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
    if len(lines) != 1:
        fail(f"expected 1 line, found {len(lines)}")
    s = lines[0]
    if not 1 <= len(s) <= 2 * 10**5:
        fail(f"line 1: length {len(s)} is outside [1, 200000]")
    if not set(s) <= set(b"abcdefghijklmnopqrstuvwxyz"):
        fail("line 1: a character is not a lowercase letter")
    sys.exit(42)


main()
