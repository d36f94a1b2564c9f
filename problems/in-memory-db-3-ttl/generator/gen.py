"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (InMemoryDB, then method calls) and their arguments.
A model of the database keeps the scans within the statement's bounds (fields examined, strings
returned)."""

import json
import os
import random
import sys

MAXCALLS = 200_000 - 1  # method calls; with the constructor, 2*10^5 operations
MAXT = 10**9
MAXTTL = 10**9
SCAN_WORK = 2_000_000  # sum over scans of the fields ever set in the scanned record
SCAN_OUTPUT = 500_000  # strings returned by all scans together
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def word(rng, lo=1, hi=20):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(lo, hi)))


class Test:
    def __init__(self):
        self.names = ["InMemoryDB"]
        self.args = [[]]
        self.now = 0
        self.records = {}  # key -> {field: (value, expiry or None)}
        self.ever = {}  # key -> fields ever set
        self.work = 0
        self.output = 0

    def tick(self, t):
        assert self.now < t <= MAXT, (self.now, t)
        self.now = t

    def calls(self):
        return len(self.names) - 1

    def call(self, name, *args):
        self.names.append(name)
        self.args.append(list(args))

    def set_at(self, key, field, value, t):
        self.tick(t)
        self.records.setdefault(key, {})[field] = (value, None)
        self.ever.setdefault(key, set()).add(field)
        self.call("setAt", key, field, value, t)

    def set_ttl(self, key, field, value, t, ttl):
        assert 1 <= ttl <= MAXTTL
        self.tick(t)
        self.records.setdefault(key, {})[field] = (value, t + ttl)
        self.ever.setdefault(key, set()).add(field)
        self.call("setAtWithTtl", key, field, value, t, ttl)

    def delete_at(self, key, field, t):
        self.tick(t)
        self.records.get(key, {}).pop(field, None)
        self.call("deleteAt", key, field, t)

    def get_at(self, key, field, t):
        self.tick(t)
        self.call("getAt", key, field, t)

    def alive(self, key, prefix, t):
        return [f for f, (v, e) in self.records.get(key, {}).items()
                if (e is None or e > t) and f.startswith(prefix)]

    def scan_cost(self, key, prefix, t):
        return len(self.ever.get(key, ())), len(self.alive(key, prefix, t))

    def can_scan(self, key, prefix, t):
        work, out = self.scan_cost(key, prefix, t)
        return self.work + work <= SCAN_WORK and self.output + out <= SCAN_OUTPUT

    def scan(self, key, prefix, t):
        self.tick(t)
        work, out = self.scan_cost(key, prefix, t)
        self.work += work
        self.output += out
        assert self.work <= SCAN_WORK and self.output <= SCAN_OUTPUT
        if prefix:
            self.call("scanByPrefixAt", key, prefix, t)
        else:
            self.call("scanAt", key, t)

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def empty_database():
    # nothing stored: every read is empty, every delete false, at both ends of the time range
    t = Test()
    t.get_at("a", "b", 1)
    t.delete_at("a", "b", 2)
    t.scan("a", "", 3)
    t.scan("zz", "z", 4)
    t.get_at("k" * 20, "f" * 20, MAXT - 1)
    t.scan("k" * 20, "", MAXT)
    return t


def lifetime_edges():
    # the end of a lifetime is exclusive; a later set replaces value and lifetime; huge expiries
    t = Test()
    t.set_ttl("u", "a", "1", 10, 1)        # alive only at 10
    t.get_at("u", "a", 11)                 # gone exactly at 11
    t.set_ttl("u", "b", "2", 12, 3)        # [12, 15)
    t.get_at("u", "b", 14)
    t.scan("u", "", 15)                    # b expired exactly now
    t.set_ttl("u", "c", "3", 16, 4)        # [16, 20)
    t.delete_at("u", "c", 20)              # expired exactly now: false
    t.get_at("u", "c", 21)
    t.set_ttl("u", "d", "4", 22, 5)        # [22, 27)
    t.set_at("u", "d", "5", 23)            # no expiry any more
    t.get_at("u", "d", 27)
    t.set_at("u", "e", "6", 28)
    t.set_ttl("u", "e", "7", 29, 2)        # now expires at 31
    t.scan("u", "e", 30)
    t.scan("u", "e", 31)
    t.set_ttl("u", "f", "8", 32, 3)        # [32, 35)
    t.set_ttl("u", "f", "9", 33, 10)       # re-set: [33, 43)
    t.get_at("u", "f", 35)
    t.delete_at("u", "f", 42)              # alive: true
    t.delete_at("u", "f", 43)              # already deleted: false
    t.set_ttl("u", "g", "10", 44, 6)
    t.delete_at("u", "g", 45)
    t.set_ttl("u", "g", "11", 46, 2)       # set again after a delete: [46, 48)
    t.get_at("u", "g", 47)
    t.scan("u", "", 48)
    t.set_ttl("big", "x", "y", MAXT - 10, MAXTTL)  # expiry beyond 2^31
    t.set_ttl("big", "z", "w", MAXT - 9, MAXTTL - 5)
    t.get_at("big", "x", MAXT - 8)
    t.scan("big", "", MAXT - 7)
    t.delete_at("big", "z", MAXT - 6)
    t.scan("big", "", MAXT)
    return t


def sorting_and_prefixes():
    # digits sort before letters; prefixes equal to, longer than, and sharing a start with fields
    t = Test()
    clock = iter(range(1, 1000))
    for field in ["b", "a9", "a10", "a1", "ab", "a", "9z", "0", "abc", "aa"]:
        t.set_at("r", field, field + "v", next(clock))
    t.set_ttl("r", "a2", "short", next(clock), 3)
    t.set_at("other", "a", "x", next(clock))
    for prefix in ["", "a", "a1", "ab", "abc", "abcd", "b", "9", "0", "z", "a2"]:
        t.scan("r", prefix, next(clock))
    t.delete_at("r", "a", next(clock))
    t.scan("r", "a", next(clock))
    t.scan("r", "", next(clock))
    t.scan("nothing", "a", next(clock))
    return t


def random_mixed(rng, calls, nkeys, fields_per_key, weights, ttl_max, step_max, no_ttl=0.3):
    """Calls over nkeys records, each with its own pool of fields; small clock steps and small TTLs
    make fields expire (often exactly at the moment of a later call)."""
    t = Test()
    keys = sorted({word(rng, 1, 12) for _ in range(nkeys)})
    pools = {key: sorted({word(rng, 1, 8) for _ in range(fields_per_key)}) for key in keys}
    kinds = ["set", "get", "delete", "scan", "prefix"]
    while t.calls() < calls:
        now = t.now + rng.randint(1, step_max)
        key = rng.choice(keys) if rng.random() < 0.97 else word(rng, 1, 12)
        pool = pools.get(key) or [word(rng, 1, 8)]
        field = rng.choice(pool) if rng.random() < 0.97 else word(rng, 1, 8)
        kind = rng.choices(kinds, weights)[0]
        if kind == "set":
            if rng.random() < no_ttl:
                t.set_at(key, field, word(rng, 1, 10), now)
            else:
                t.set_ttl(key, field, word(rng, 1, 10), now, rng.randint(1, ttl_max))
        elif kind == "get":
            t.get_at(key, field, now)
        elif kind == "delete":
            t.delete_at(key, field, now)
        else:
            prefix = "" if kind == "scan" else field[: rng.randint(1, len(field))]
            if t.can_scan(key, prefix, now):
                t.scan(key, prefix, now)
            else:
                t.get_at(key, field, now)
    return t


def many_records(rng, calls):
    """Twenty thousand records of a few fields each, then reads and scans of single records: a
    scan that walks every field of every record is far too slow."""
    t = Test()
    keys = sorted({word(rng, 1, 20) for _ in range(20_000)})
    rng.shuffle(keys)
    fields = {}
    now = 0
    for key in keys:
        fields[key] = sorted({word(rng, 1, 6) for _ in range(rng.randint(3, 7))})
        for field in fields[key]:
            now += rng.randint(1, 3)
            if rng.random() < 0.5:
                t.set_at(key, field, word(rng, 1, 20), now)
            else:
                t.set_ttl(key, field, word(rng, 1, 20), now, rng.randint(1, 400_000))
    while t.calls() < calls:
        now += rng.randint(1, 3)
        key = rng.choice(keys)
        field = rng.choice(fields[key])
        r = rng.random()
        if r < 0.45:
            prefix = ""
        elif r < 0.9:
            prefix = field[: rng.randint(1, len(field))]
        else:
            t.get_at(key, field, now)
            continue
        if t.can_scan(key, prefix, now):
            t.scan(key, prefix, now)
        else:
            t.get_at(key, field, now)
    return t


def hot_records(rng, calls):
    """A few records with up to a thousand fields that keep expiring and coming back, prefix scans
    over them, and a cloud of small records around."""
    t = Test()
    hot = [f"hot{i}" for i in range(8)]
    hot_fields = {key: sorted({word(rng, 2, 10) for _ in range(1000)}) for key in hot}
    cold = sorted({word(rng, 1, 20) for _ in range(5000)})
    cold_fields = [word(rng, 1, 5) for _ in range(50)]
    now = 0
    while t.calls() < calls:
        now += rng.randint(1, 5)
        r = rng.random()
        if r < 0.55:
            if rng.random() < 0.6:
                key = rng.choice(hot)
                field = rng.choice(hot_fields[key])
            else:
                key, field = rng.choice(cold), rng.choice(cold_fields)
            if rng.random() < 0.2:
                t.set_at(key, field, word(rng, 1, 20), now)
            else:
                t.set_ttl(key, field, word(rng, 1, 20), now, rng.randint(1, 20_000))
        elif r < 0.65:
            key = rng.choice(hot)
            t.get_at(key, rng.choice(hot_fields[key]), now)
        elif r < 0.7:
            t.delete_at(rng.choice(cold), rng.choice(cold_fields), now)
        else:
            key = rng.choice(hot) if rng.random() < 0.3 else rng.choice(cold)
            pool = hot_fields[key] if key in hot_fields else cold_fields
            prefix = rng.choice(pool)[:rng.randint(1, 3)] if rng.random() < 0.7 else ""
            if t.can_scan(key, prefix, now):
                t.scan(key, prefix, now)
            else:
                t.get_at(key, rng.choice(pool), now)
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261130)
    tests = [
        empty_database(),
        lifetime_edges(),
        sorting_and_prefixes(),
        random_mixed(rng, 80, 3, 6, [4, 3, 1, 1, 1], 6, 2),
        random_mixed(rng, 3000, 20, 15, [4, 3, 1, 1, 1], 30, 3),
        random_mixed(rng, 20_000, 200, 30, [5, 3, 1, 1, 1], 2000, 10),
        many_records(rng, MAXCALLS),
        hot_records(rng, MAXCALLS),
        random_mixed(rng, MAXCALLS, 3000, 40, [5, 2, 1, 2, 2], 50_000, 20),
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
