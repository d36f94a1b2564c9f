"""Validates one input of Word Store with Prefix Counts: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

MAX_CALLS = 200_000
MAX_LEN = 50
MAX_INSERT_CHARS = 500_000
MAX_TOTAL_CHARS = 2_000_000
METHODS = {"insert", "countWord", "countPrefix", "erase"}
LETTERS = set("abcdefghijklmnopqrstuvwxyz")


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def reject(name):
    raise ValueError(f"{name} is not JSON")


def main():
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        fail("input is not UTF-8")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) != 2:
        fail(f"expected exactly 2 lines (operations, arguments), got {len(lines)}")
    try:
        names = json.loads(lines[0], parse_constant=reject)
        args = json.loads(lines[1], parse_constant=reject)
    except ValueError as e:
        fail(f"not JSON: {e}")
    if not isinstance(names, list) or not isinstance(args, list):
        fail("both lines must be JSON arrays")
    if len(names) != len(args):
        fail(f"{len(names)} operations but {len(args)} argument lists")
    if not names or names[0] != "PrefixTrie" or args[0] != []:
        fail('the first operation must be "PrefixTrie" with no arguments')
    if len(names) - 1 > MAX_CALLS:
        fail(f"{len(names) - 1} method calls, at most {MAX_CALLS} allowed")
    stored = {}
    insert_chars = total_chars = 0
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if not isinstance(name, str) or name not in METHODS:
            fail(f"operation {i + 1}: unknown method {name!r}")
        if not isinstance(given, list) or len(given) != 1:
            fail(f"operation {i + 1}: {name} takes 1 argument")
        s = given[0]
        if not isinstance(s, str) or not 1 <= len(s) <= MAX_LEN or not set(s) <= LETTERS:
            fail(f"operation {i + 1}: {s!r} is not 1 to {MAX_LEN} lowercase letters")
        total_chars += len(s)
        if name == "insert":
            insert_chars += len(s)
            stored[s] = stored.get(s, 0) + 1
        elif name == "erase":
            if stored.get(s, 0) == 0:
                fail(f"operation {i + 1}: erase {s!r}, which is not stored")
            stored[s] -= 1
    if insert_chars > MAX_INSERT_CHARS:
        fail(f"inserted words total {insert_chars} letters, at most {MAX_INSERT_CHARS} allowed")
    if total_chars > MAX_TOTAL_CHARS:
        fail(f"the strings total {total_chars} letters, at most {MAX_TOTAL_CHARS} allowed")
    sys.exit(42)


if __name__ == "__main__":
    main()
