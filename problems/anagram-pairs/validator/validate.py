"""Input validator for anagram-pairs: n, then n words of 1..20 lowercase letters
(1 <= n <= 1e5, total length <= 1e6). Exit 42 valid, 43 invalid (Kattis convention)."""
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
    n = integer(lines[0], 1, 10**5, "line 1: n")
    if len(lines) != n + 1:
        fail(f"expected {n + 1} lines, found {len(lines)}")
    allowed = set(b"abcdefghijklmnopqrstuvwxyz")
    total = 0
    for i, word in enumerate(lines[1:], start=2):
        if not 1 <= len(word) <= 20:
            fail(f"line {i}: word length {len(word)} is outside [1, 20]")
        if not set(word) <= allowed:
            fail(f"line {i}: word has a character that is not a lowercase letter")
        total += len(word)
    if total > 10**6:
        fail(f"total word length {total} exceeds 10^6")
    sys.exit(42)


main()
