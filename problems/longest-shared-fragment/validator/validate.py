"""Input validator for longest-shared-fragment: two lines s and t, each of 1..10^5 lowercase letters.
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
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    for number, (name, line, high) in enumerate(zip("st", lines, (10**5, 10**5)), 1):
        if not 1 <= len(line) <= high:
            fail(f"line {number}: |{name}| = {len(line)} is outside [1, {high}]")
        if not re.fullmatch(rb"[a-z]+", line):
            fail(f"line {number}: {name} must consist of lowercase letters a-z")
    sys.exit(42)


main()
