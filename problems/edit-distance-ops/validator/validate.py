"""Input validator for edit-distance-ops: two lines s and t, each of 1..1000 lowercase letters.
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
    for number, (name, line) in enumerate(zip("st", lines), 1):
        if not 1 <= len(line) <= 1000:
            fail(f"line {number}: |{name}| = {len(line)} is outside [1, 1000]")
        if not re.fullmatch(rb"[a-z]+", line):
            fail(f"line {number}: {name} must consist of lowercase letters a-z")
    sys.exit(42)


main()
