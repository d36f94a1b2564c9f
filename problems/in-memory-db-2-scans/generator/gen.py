"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (the first constructs InMemoryDB) and their
argument lists. Keys, fields, values and prefixes are 1 to 20 lowercase letters and digits.
The builder tracks the database, so it can keep the strings all the scans return bounded."""

import json
import os
from bisect import bisect_left
import random
import string
import sys

random.seed(20261202)
MAX_CALLS = 200_000  # method calls after the constructor
MAX_RETURNED = 1_000_000  # strings returned by all the scans of a test (the statement's bound)
ALPHABET = string.ascii_lowercase + string.digits


def word(lo=1, hi=8, alphabet=ALPHABET):
    return "".join(random.choices(alphabet, k=random.randint(lo, hi)))


class Builder:
    def __init__(self):
        self.names = ["InMemoryDB"]
        self.args = [[]]
        self.db = {}  # key -> {field: value}, to know what the scans return
        self.order = {}  # key -> its fields sorted (dropped when a field is added or removed)
        self.returned = 0

    def calls(self):
        return len(self.names) - 1

    def call(self, name, *args):
        for a in args:
            assert isinstance(a, str) and 1 <= len(a) <= 20 and all(c in ALPHABET for c in a), a
        self.names.append(name)
        self.args.append(list(args))

    def set(self, key, field, value):
        self.call("set", key, field, value)
        record = self.db.setdefault(key, {})
        if field not in record:
            self.order.pop(key, None)
        record[field] = value

    def get(self, key, field):
        self.call("get", key, field)

    def delete(self, key, field):
        self.call("deleteField", key, field)
        record = self.db.get(key)
        if record is not None and field in record:
            del record[field]
            self.order.pop(key, None)
            if not record:
                del self.db[key]

    def scan(self, key):
        self.call("scan", key)
        self.returned += len(self.db.get(key, ()))

    def scan_prefix(self, key, prefix):
        self.call("scanByPrefix", key, prefix)
        if key not in self.db:
            return
        if key not in self.order:
            self.order[key] = sorted(self.db[key])
        order = self.order[key]
        i = j = bisect_left(order, prefix)
        while j < len(order) and order[j].startswith(prefix):
            j += 1
        self.returned += j - i

    def text(self):
        assert self.calls() <= MAX_CALLS
        assert self.returned <= MAX_RETURNED, self.returned
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def random_ops(b, count, keys, fields, weights=(4, 2, 2, 1, 3)):
    """Random calls over the given pools (small records only: scans are counted exactly)."""
    for _ in range(count):
        op = random.choices(["set", "get", "delete", "scan", "prefix"], weights=weights)[0]
        key, field = random.choice(keys), random.choice(fields)
        if op == "set":
            b.set(key, field, word(1, 6))
        elif op == "get":
            b.get(key, field)
        elif op == "delete":
            b.delete(key, field)
        elif op == "scan":
            b.scan(key)
        else:
            b.scan_prefix(key, field[: random.randint(1, len(field))])


def prefix_of(field, lo, hi):
    return field[: min(len(field), random.randint(lo, hi))]


def big_record_bursts(b, key, fields, rounds, writes, calls_left):
    """Alternate bursts: a few writes (new fields, overwrites, deletes) then many selective
    scanByPrefix calls on the same big record (an efficient solution re-sorts once per burst)."""
    alive = list(b.db[key])
    per_round = calls_left // rounds
    for _ in range(rounds):
        stop = b.calls() + per_round
        for _ in range(writes):
            r = random.random()
            if r < 0.4:
                f = word(6, 12)
                b.set(key, f, word(1, 10))
                alive.append(f)
            elif r < 0.7:
                b.set(key, random.choice(alive), word(1, 10))
            else:
                i = random.randrange(len(alive))
                alive[i], alive[-1] = alive[-1], alive[i]
                b.delete(key, alive.pop())
        while b.calls() < stop and b.calls() < MAX_CALLS:
            r = random.random()
            if r < 0.8:
                b.scan_prefix(key, prefix_of(random.choice(alive), 3, 5))
            elif r < 0.9:
                b.scan_prefix(key, word(3, 6))  # mostly no match
            elif r < 0.97:
                b.get(key, random.choice(alive))
            else:
                b.scan_prefix(key, random.choice(alive))  # the whole name: itself and any longer


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []

    # an empty database; a record's whole life; scans of a missing record
    b = Builder()
    b.scan("a")
    b.scan_prefix("a", "a")
    b.set("a", "b", "c")
    b.scan("a")
    b.scan_prefix("a", "b")
    b.scan_prefix("a", "bb")
    b.scan_prefix("a", "c")
    b.scan("b")
    b.delete("a", "b")
    b.scan("a")
    b.scan_prefix("a", "b")
    b.set("a", "b", "d")
    b.scan("a")
    tests.append(b)

    # the order: digits before letters, a proper prefix first; a prefix equal to a field; a prefix
    # longer than every field
    b = Builder()
    for f in ["b", "ab1", "ab", "a", "ab12", "a9", "9", "10", "1", "ba", "abz", "aa"]:
        b.set("k", f, "v" + f)
    b.scan("k")
    for p in ["a", "ab", "ab1", "ab12", "ab123", "1", "9", "b", "c", "z", "0", "aa", "a9"]:
        b.scan_prefix("k", p)
    b.delete("k", "ab")
    b.scan_prefix("k", "ab")
    b.delete("k", "a")
    b.scan_prefix("k", "a")
    b.set("k", "ab", "back")
    b.scan("k")
    tests.append(b)

    # values overwritten between scans (the order stays, the values change); two records with the
    # same field names; a record emptied and rebuilt
    b = Builder()
    b.set("u1", "name", "ada")
    b.set("u1", "city", "paris")
    b.set("u2", "name", "alan")
    b.scan("u1")
    b.scan_prefix("u1", "c")
    b.set("u1", "city", "rome")
    b.scan("u1")
    b.scan_prefix("u1", "ci")
    b.scan("u2")
    b.set("u1", "name", "grace")
    b.scan_prefix("u1", "name")
    b.get("u1", "name")
    b.delete("u1", "plan")
    b.delete("u1", "name")
    b.delete("u1", "city")
    b.scan("u1")
    b.set("u1", "plan", "pro")
    b.scan("u1")
    b.scan("u2")
    b.set("u2", "name", "turing")
    b.scan_prefix("u2", "n")
    tests.append(b)

    # the longest strings
    b = Builder()
    k = "k" * 20
    for f in ["z" * 20, "z" * 19, "z" * 19 + "0", "9" * 20, "y" * 20]:
        b.set(k, f, "a1" * 10)
    b.scan(k)
    b.scan_prefix(k, "z" * 19)
    b.scan_prefix(k, "z" * 20)
    b.scan_prefix(k, "9" * 20)
    b.set(k, "z" * 20, "b" * 20)
    b.scan_prefix(k, "z")
    tests.append(b)

    # small random over short names (many prefix relations between fields)
    b = Builder()
    random_ops(b, 150, ["a", "b", "ab"], ["a", "b", "ab", "ba", "abc", "a1", "1"])
    tests.append(b)

    # medium random: tens of records of up to a few hundred fields
    b = Builder()
    random_ops(b, 5000, [word(1, 2, "abc") for _ in range(12)], [word(1, 4, "ab1z") for _ in range(300)],
               weights=(6, 2, 2, 1, 3))
    tests.append(b)

    # largest: one record of 10^5 fields, then bursts of writes and many selective prefix scans
    b = Builder()
    seen = set()
    while len(seen) < 100_000:
        seen.add(word(6, 12))
    fields = sorted(seen)
    random.shuffle(fields)
    for f in fields:
        b.set("big", f, word(1, 10))
    big_record_bursts(b, "big", fields, rounds=10, writes=300, calls_left=MAX_CALLS - b.calls())
    tests.append(b)

    # largest: 40 records of 2000 fields sharing long prefixes (user ids, dates), scans of each
    # record in bursts, a few full scans
    b = Builder()
    keys = [f"user{i}" for i in range(40)]
    for key in keys:
        for j in range(2000):
            b.set(key, f"ev{random.randint(20200101, 20261231)}n{j}", word(1, 8))
    while b.calls() < MAX_CALLS - 2:
        key = random.choice(keys)
        for _ in range(random.randint(1, 20)):  # a burst of writes to one record
            if b.calls() >= MAX_CALLS:
                break
            if random.random() < 0.6:
                b.set(key, f"ev{random.randint(20200101, 20261231)}n{random.randint(0, 9999)}", word(1, 8))
            else:
                b.delete(key, random.choice(list(b.db[key])))
        for _ in range(random.randint(100, 400)):  # then scans of it and of others
            if b.calls() >= MAX_CALLS:
                break
            r = random.random()
            other = random.choice(keys)
            if r < 0.0005:
                b.scan(other)
            elif r < 0.9:
                b.scan_prefix(other, f"ev{random.randint(20200101, 20261231)}"[: random.choice((8, 9, 9, 10, 10, 10))])
            else:
                b.get(other, f"ev{random.randint(20200101, 20261231)}n{random.randint(0, 2000)}")
    tests.append(b)

    # largest: two records of 50000 fields; values overwritten between scans (no new fields), and a
    # few bursts that add and remove fields
    b = Builder()
    for key in ["left", "right"]:
        for _ in range(50_000):
            b.set(key, word(5, 10), word(1, 6))
    names = {key: list(b.db[key]) for key in ["left", "right"]}
    while b.calls() < MAX_CALLS - 4:
        key = random.choice(["left", "right"])
        if random.random() < 0.0003:
            for _ in range(50):
                if b.calls() < MAX_CALLS:
                    f = word(5, 10)
                    b.set(key, f, word(1, 6))
                    names[key].append(f)
            continue
        b.set(key, random.choice(names[key]), word(1, 6))
        b.scan_prefix(key, prefix_of(random.choice(names[key]), 3, 4))
        b.scan_prefix(key, prefix_of(random.choice(names[key]), 3, 4))
    tests.append(b)

    for i, b in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(b.text())
        print(f"{i:02d}: {b.calls()} calls, {b.returned} strings returned by scans", file=sys.stderr)


if __name__ == "__main__":
    main()
