"""Input validator for word-break-count: a string s of 1 to 1e5 lowercase letters, k in
[1, 1e4], then k pairwise distinct words of 1 to 20 lowercase letters, one per line.
Exit 42 valid, 43 invalid (Kattis convention)."""
import re
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


def read_lines() -> list[bytes]:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    return data[:-1].split(b"\n")


def expect_lines(lines: list[bytes], count: int) -> None:
    if len(lines) != count:
        fail(f"expected {count} lines, found {len(lines)}")

STRING = re.compile(rb"[a-z]{1,100000}")
WORD = re.compile(rb"[a-z]{1,20}")


def main() -> None:
    lines = read_lines()
    if len(lines) < 2:
        fail("expected at least two lines")
    if not STRING.fullmatch(lines[0]):
        fail("line 1: s must be 1 to 100000 lowercase letters")
    k = integer(lines[1], 1, 10 ** 4, "line 2: k")
    expect_lines(lines, k + 2)
    for i in range(2, k + 2):
        if not WORD.fullmatch(lines[i]):
            fail(f"line {i + 1}: a word must be 1 to 20 lowercase letters")
    if len(set(lines[2:])) != k:
        fail("the dictionary words are not pairwise distinct")
    sys.exit(42)


main()
