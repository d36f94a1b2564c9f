"""Validates one input of Bank Accounts: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

MAXCALLS = 200_000
MAXAMOUNT = 10**9
ID = re.compile(r"[a-z0-9]{1,10}")
ARITY = {"createAccount": 1, "deposit": 2, "transfer": 3, "topSpenders": 1}


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def compact(value):
    return json.dumps(value, separators=(",", ":"))


def check_id(i, name, value):
    if not isinstance(value, str) or not ID.fullmatch(value):
        fail(f"operation {i + 1}: {name} = {value!r} is not 1 to 10 lowercase letters and digits")


def check_amount(i, value):
    if not is_int(value) or not 1 <= value <= MAXAMOUNT:
        fail(f"operation {i + 1}: amount = {value!r} is not an integer in [1, 10^9]")


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
    if not names or names[0] != "Bank" or args[0] != []:
        fail('the first operation must be "Bank" with no arguments')
    if len(names) - 1 > MAXCALLS:
        fail(f"{len(names) - 1} calls, at most {MAXCALLS} allowed")
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if name not in ARITY:
            fail(f"operation {i + 1}: unknown operation {name!r}")
        if not isinstance(given, list) or len(given) != ARITY[name]:
            fail(f"operation {i + 1}: {name} takes {ARITY[name]} argument(s)")
        if name == "createAccount":
            check_id(i, "accountId", given[0])
        elif name == "deposit":
            check_id(i, "accountId", given[0])
            check_amount(i, given[1])
        elif name == "transfer":
            check_id(i, "fromId", given[0])
            check_id(i, "toId", given[1])
            check_amount(i, given[2])
        else:
            n = given[0]
            if not is_int(n) or not 1 <= n <= 10:
                fail(f"operation {i + 1}: n = {n!r} is not an integer in [1, 10]")
    sys.exit(42)


if __name__ == "__main__":
    main()
