"""Validates one input of Group the Anagrams: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

MAXN = 10**5
WORD = re.compile(r"[a-z]{0,20}")


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
    if len(lines) != 1:
        fail(f"expected exactly 1 line (words), got {len(lines)}")
    try:
        words = json.loads(lines[0])
    except ValueError:
        fail("line 1 is not JSON")
    if not isinstance(words, list) or not 1 <= len(words) <= MAXN:
        fail("words must be an array of 1..100000 strings")
    for i, w in enumerate(words):
        if not isinstance(w, str) or not WORD.fullmatch(w):
            fail(f"words[{i}] must be a string of 0..20 lowercase letters")
    sys.exit(42)


if __name__ == "__main__":
    main()
