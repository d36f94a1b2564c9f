"""Validates one input of In-Memory Database, Level 4: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import re
import sys

MAXCALLS = 200_000
MAXT = 10**9
MAXTTL = 10**9
SCAN_WORK = 2_000_000
SCAN_OUTPUT = 500_000
MAX_PAIRS = 5_000
MAX_SAVES = 100
WORD = re.compile(r"[a-z0-9]{1,20}")
ARITY = {
    "setAt": ("key", "field", "value", "timestamp"),
    "setAtWithTtl": ("key", "field", "value", "timestamp", "ttl"),
    "deleteAt": ("key", "field", "timestamp"),
    "getAt": ("key", "field", "timestamp"),
    "scanAt": ("key", "timestamp"),
    "scanByPrefixAt": ("key", "prefix", "timestamp"),
    "backup": ("timestamp",),
    "restore": ("timestamp", "timestampToRestore"),
}


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
    if not names or names[0] != "InMemoryDB" or args[0] != []:
        fail('the first operation must be "InMemoryDB" with no arguments')
    if len(names) - 1 > MAXCALLS:
        fail(f"{len(names) - 1} calls, at most {MAXCALLS} allowed")
    now = 0
    records = {}  # key -> {field: expiry or None}
    ever = {}  # key -> fields ever set
    work = output = 0
    pairs = set()
    backups = []  # (time, {key: {field: remaining lifetime or None}})
    saves = 0
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        where = f"operation {i + 1} ({name})"
        if name not in ARITY:
            fail(f"operation {i + 1}: unknown operation {name!r}")
        if not isinstance(given, list) or len(given) != len(ARITY[name]):
            fail(f"{where}: takes {len(ARITY[name])} arguments")
        a = dict(zip(ARITY[name], given))
        for param in ("key", "field", "value", "prefix"):
            if param in a and (not isinstance(a[param], str) or not WORD.fullmatch(a[param])):
                fail(f"{where}: {param} = {a[param]!r} is not 1 to 20 lowercase letters or digits")
        t = a["timestamp"]
        if not is_int(t) or not 1 <= t <= MAXT:
            fail(f"{where}: timestamp = {t!r} is not an integer in [1, 10^9]")
        if t <= now:
            fail(f"{where}: timestamp {t} is not after the previous call's {now}")
        now = t
        if "ttl" in a and (not is_int(a["ttl"]) or not 1 <= a["ttl"] <= MAXTTL):
            fail(f"{where}: ttl = {a['ttl']!r} is not an integer in [1, 10^9]")
        if name in ("backup", "restore"):
            saves += 1
            if saves > MAX_SAVES:
                fail(f"{where}: more than {MAX_SAVES} backup and restore calls")
        if name == "backup":
            backups.append((t, {key: {f: None if e is None else e - t for f, e in record.items() if e is None or e > t}
                                for key, record in records.items()}))
            continue
        if name == "restore":
            to = a["timestampToRestore"]
            if not is_int(to) or not 1 <= to <= t:
                fail(f"{where}: timestampToRestore = {to!r} is not an integer in [1, timestamp]")
            if not backups or backups[0][0] > to:
                fail(f"{where}: no backup was made at or before {to}")
            saved = [snap for bt, snap in backups if bt <= to][-1]
            records = {key: {f: None if r is None else t + r for f, r in record.items()}
                       for key, record in saved.items()}
            continue
        key = a["key"]
        if name in ("setAt", "setAtWithTtl"):
            pairs.add((key, a["field"]))
            if len(pairs) > MAX_PAIRS:
                fail(f"{where}: more than {MAX_PAIRS} distinct (key, field) pairs set")
            records.setdefault(key, {})[a["field"]] = t + a["ttl"] if name == "setAtWithTtl" else None
            ever.setdefault(key, set()).add(a["field"])
        elif name == "deleteAt":
            records.get(key, {}).pop(a["field"], None)
        elif name in ("scanAt", "scanByPrefixAt"):
            prefix = a.get("prefix", "")
            work += len(ever.get(key, ()))
            record = records.get(key, {})
            for field in [f for f, e in record.items() if e is not None and e <= t]:
                del record[field]
            output += sum(1 for f in record if f.startswith(prefix))
    if work > SCAN_WORK:
        fail(f"the scans look at {work} fields ever set in their records, at most {SCAN_WORK} allowed")
    if output > SCAN_OUTPUT:
        fail(f"the scans return {output} strings in total, at most {SCAN_OUTPUT} allowed")
    sys.exit(42)


if __name__ == "__main__":
    main()
