"""Validates one input of Autocomplete Ranking: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

MAXCALLS = 200_000
TEXT = re.compile(r"[a-z ]{1,20}")


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def compact(value):
    return json.dumps(value, separators=(",", ":"))


def main():
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("input is not ASCII")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) != 2:
        fail(f"expected exactly 2 lines (operations, arguments), got {len(lines)}")
    try:
        names = json.loads(lines[0])
        args = json.loads(lines[1])
    except ValueError:
        fail("a line is not JSON")
    for number, (line, value) in enumerate(zip(lines, (names, args)), 1):
        if line != compact(value):
            fail(f"line {number} is not compact JSON (no spaces)")
    if not isinstance(names, list) or not isinstance(args, list) or len(names) != len(args):
        fail("the two lines must be arrays of the same length")
    if not names or names[0] != "Autocomplete" or args[0] != []:
        fail('the first operation must be "Autocomplete" with no arguments')
    if len(names) - 1 > MAXCALLS:
        fail(f"{len(names) - 1} calls, at most {MAXCALLS} allowed")
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if name not in ("record", "suggest"):
            fail(f"operation {i + 1}: unknown operation {name!r}")
        if not isinstance(given, list) or len(given) != 1:
            fail(f"operation {i + 1}: {name} takes 1 argument")
        if not isinstance(given[0], str) or not TEXT.fullmatch(given[0]):
            fail(f"operation {i + 1}: {name}({given[0]!r}): not 1 to 20 lowercase letters or spaces")
    sys.exit(42)


if __name__ == "__main__":
    main()
