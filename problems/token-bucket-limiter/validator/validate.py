"""Validates one input of Token Bucket Rate Limiter: exits 42 if valid, 43 (reason on stderr) if
not."""

import json
import re
import sys

MAXCALLS = 200_000
MAXT = 10**12
MAXV = 10**9
CLIENT = re.compile(r"[a-z0-9]{1,10}")


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


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
    if not names or names[0] != "TokenBucketLimiter":
        fail('the first operation must be "TokenBucketLimiter"')
    ctor = args[0]
    if not isinstance(ctor, list) or len(ctor) != 2:
        fail("the constructor takes 2 arguments (capacity, refillMs)")
    for label, v in zip(("capacity", "refillMs"), ctor):
        if not is_int(v) or not 1 <= v <= MAXV:
            fail(f"constructor: {label} = {v!r} is not an integer in [1, 10^9]")
    if len(names) - 1 > MAXCALLS:
        fail(f"{len(names) - 1} calls, at most {MAXCALLS} allowed")
    previous = 0
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        where = f"operation {i + 1}"
        if name == "allow":
            arity = 3
        elif name == "tokens":
            arity = 2
        else:
            fail(f"{where}: unknown operation {name!r}")
        if not isinstance(given, list) or len(given) != arity:
            fail(f"{where}: {name} takes {arity} arguments")
        client, t = given[0], given[1]
        if not isinstance(client, str) or not CLIENT.fullmatch(client):
            fail(f"{where}: client = {client!r} is not 1 to 10 lowercase letters or digits")
        if not is_int(t) or not 0 <= t <= MAXT:
            fail(f"{where}: timeMs = {t!r} is not an integer in [0, 10^12]")
        if t < previous:
            fail(f"{where}: timeMs {t} is before the previous call's {previous}")
        previous = t
        if name == "allow":
            cost = given[2]
            if not is_int(cost) or not 1 <= cost <= MAXV:
                fail(f"{where}: cost = {cost!r} is not an integer in [1, 10^9]")
    sys.exit(42)


if __name__ == "__main__":
    main()
