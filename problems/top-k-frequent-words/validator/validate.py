"""Input validator for top-k-frequent-words: "n k" with 1 <= n <= 1e5, then n words of 1-10
lowercase letters spread over one or more non-empty lines (single spaces within a line), and
1 <= k <= number of distinct words. Exit 42 valid, 43 invalid (Kattis convention)."""
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

LINE = re.compile(rb"[a-z]{1,10}(?: [a-z]{1,10})*")


def main() -> None:
    lines = read_lines()
    if len(lines) < 2:
        fail("expected at least one line of words after the first line")
    n, k = ints(lines[0], 2, 1, 10 ** 5, "line 1")
    words: list[bytes] = []
    for i, line in enumerate(lines[1:], 2):
        if not LINE.fullmatch(line):
            fail(f"line {i}: not single-space separated words of 1 to 10 lowercase letters")
        words.extend(line.split(b" "))
        if len(words) > n:
            fail(f"line {i}: more than n={n} words")
    if len(words) != n:
        fail(f"expected {n} words, found {len(words)}")
    distinct = len(set(words))
    if k > distinct:
        fail(f"line 1: k={k} exceeds the number of distinct words {distinct}")
    sys.exit(42)


main()
