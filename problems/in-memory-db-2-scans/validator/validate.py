"""Validates one input of In-Memory Database, Level 2: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys
from bisect import bisect_left

MAX_CALLS = 200_000
MAX_RETURNED = 1_000_000  # strings returned by all the scans of a test
ARITY = {"set": 3, "get": 2, "deleteField": 2, "scan": 1, "scanByPrefix": 2}
NAME = re.compile(r"[a-z0-9]{1,20}")
PARAMS = {
    "set": ("key", "field", "value"),
    "get": ("key", "field"),
    "deleteField": ("key", "field"),
    "scan": ("key",),
    "scanByPrefix": ("key", "prefix"),
}


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
    if not names or names[0] != "InMemoryDB" or args[0] != []:
        fail('the first operation must be "InMemoryDB" with no arguments')
    if len(names) - 1 > MAX_CALLS:
        fail(f"{len(names) - 1} method calls, at most {MAX_CALLS} allowed")
    db, order, returned = {}, {}, 0  # key -> {field: value}; key -> its fields sorted, while valid
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if not isinstance(name, str) or name not in ARITY:
            fail(f"operation {i + 1}: unknown method {name!r}")
        if not isinstance(given, list) or len(given) != ARITY[name]:
            fail(f"operation {i + 1}: {name} takes {ARITY[name]} arguments")
        for param, value in zip(PARAMS[name], given):
            if not isinstance(value, str) or not NAME.fullmatch(value):
                fail(f"operation {i + 1}: {name}'s {param} {value!r} is not 1 to 20 lowercase letters and digits")
        # follow the database, to count the strings the scans return
        key = given[0]
        record = db.get(key)
        if name == "set":
            if record is None:
                record = db[key] = {}
            if given[1] not in record:
                order.pop(key, None)
            record[given[1]] = given[2]
        elif name == "deleteField":
            if record is not None and given[1] in record:
                del record[given[1]]
                order.pop(key, None)
                if not record:
                    del db[key]
        elif name in ("scan", "scanByPrefix") and record is not None:
            prefix = given[1] if name == "scanByPrefix" else ""
            if key not in order:
                order[key] = sorted(record)
            fields = order[key]
            lo = j = bisect_left(fields, prefix)
            while j < len(fields) and fields[j].startswith(prefix):
                j += 1
            returned += j - lo
    if returned > MAX_RETURNED:
        fail(f"the scans return {returned} strings in all, at most {MAX_RETURNED} allowed")
    sys.exit(42)


if __name__ == "__main__":
    main()
