"""Validates one input of Shortest Word Chain: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

NMAX = 5000
LMAX = 10
LOWER = re.compile(r"[a-z]+")


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def main():
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        fail("input is not UTF-8")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) != 3:
        fail(f"expected exactly 3 lines (start, target, dictionary), got {len(lines)}")
    try:
        start, target, dictionary = (json.loads(line) for line in lines)
    except ValueError:
        fail("a line is not JSON")
    if not isinstance(start, str) or not 1 <= len(start) <= LMAX or not LOWER.fullmatch(start):
        fail(f"start must be 1..{LMAX} lowercase letters")
    length = len(start)
    if not isinstance(target, str) or len(target) != length or not LOWER.fullmatch(target):
        fail("target must be lowercase letters, as long as start")
    if start == target:
        fail("start and target must differ")
    if not isinstance(dictionary, list) or not 1 <= len(dictionary) <= NMAX:
        fail(f"dictionary must be an array of 1..{NMAX} words")
    for i, word in enumerate(dictionary):
        if not isinstance(word, str) or len(word) != length or not LOWER.fullmatch(word):
            fail(f"dictionary[{i}] must be {length} lowercase letters")
    if len(set(dictionary)) != len(dictionary):
        fail("dictionary words must be distinct")
    sys.exit(42)


if __name__ == "__main__":
    main()
