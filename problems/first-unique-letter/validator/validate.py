"""Input validator for first-unique-letter: a single line with a word of 1..10^5 lowercase letters.
Exit 42 valid, 43 invalid (Kattis convention)."""
import re
import sys


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(43)


def main() -> None:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    lines = data[:-1].split(b"\n")
    if len(lines) != 1:
        fail(f"expected 1 line, found {len(lines)}")
    if not 1 <= len(lines[0]) <= 10**5:
        fail(f"line 1: |s| = {len(lines[0])} is outside [1, 100000]")
    if not re.fullmatch(rb"[a-z]+", lines[0]):
        fail("line 1: s must consist of lowercase letters a-z")
    sys.exit(42)


main()
