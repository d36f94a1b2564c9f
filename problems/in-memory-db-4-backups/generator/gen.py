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
MAX_PAIRS = 5_000  # distinct (key, field) pairs ever set
MAX_SAVES = 100  # backup and restore calls together
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
        self.pairs = set()
        self.backups = []  # (time, {key: {field: (value, remaining or None)}})
        self.saves = 0

    def tick(self, t):
        assert self.now < t <= MAXT, (self.now, t)
        self.now = t

    def calls(self):
        return len(self.names) - 1

    def call(self, name, *args):
        self.names.append(name)
        self.args.append(list(args))

    def can_set(self, key, field):
        return (key, field) in self.pairs or len(self.pairs) < MAX_PAIRS

    def set_at(self, key, field, value, t):
        self.tick(t)
        self.pairs.add((key, field))
        assert len(self.pairs) <= MAX_PAIRS
        self.records.setdefault(key, {})[field] = (value, None)
        self.ever.setdefault(key, set()).add(field)
        self.call("setAt", key, field, value, t)

    def set_ttl(self, key, field, value, t, ttl):
        assert 1 <= ttl <= MAXTTL
        self.tick(t)
        self.pairs.add((key, field))
        assert len(self.pairs) <= MAX_PAIRS
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

    def backup(self, t):
        self.tick(t)
        self.saves += 1
        assert self.saves <= MAX_SAVES
        saved = {}
        for key, record in self.records.items():
            alive = {f: (v, None if e is None else e - t) for f, (v, e) in record.items() if e is None or e > t}
            if alive:
                saved[key] = alive
        self.backups.append((t, saved))
        self.call("backup", t)

    def restore(self, t, to):
        self.tick(t)
        self.saves += 1
        assert self.saves <= MAX_SAVES
        saved = [snap for bt, snap in self.backups if bt <= to][-1]
        assert to <= t
        self.records = {key: {f: (v, None if r is None else t + r) for f, (v, r) in rec.items()}
                        for key, rec in saved.items()}
        self.call("restore", t, to)

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def empty_database():
    # nothing stored: every read is empty, every delete false, at both ends of the time range
    t = Test()
    t.backup(1)
    t.restore(2, 1)
    t.get_at("a", "b", 3)
    t.delete_at("a", "b", 4)
    t.scan("a", "", 5)
    t.scan("zz", "z", 6)
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


def backup_edges():
    # counts of records with an alive field; remaining lifetimes shifted by a restore; a restore
    # between backups, exactly at a backup, after a restore; fields and records created after the
    # backup vanish; a field with no TTL stays forever
    t = Test()
    t.backup(1)                              # empty database: 0
    t.set_at("a", "x", "1", 2)
    t.set_ttl("a", "y", "2", 3, 10)          # [3, 13)
    t.set_ttl("b", "z", "3", 4, 3)           # [4, 7)
    t.backup(5)                              # 2 records; y has 8 left, z has 2 left
    t.set_ttl("b", "z", "4", 6, 100)         # replaced after the backup
    t.delete_at("a", "x", 8)
    t.set_at("c", "w", "5", 9)
    t.backup(10)                             # a: y (3 left); b: z (96 left); c: w -> 3
    t.scan("a", "", 11)
    t.restore(20, 5)                         # back to the backup at 5: y until 28, z until 22
    t.get_at("b", "z", 21)                   # "3", alive until 22
    t.get_at("b", "z", 22)                   # expired exactly now
    t.get_at("a", "x", 23)                   # restored, no expiry
    t.get_at("c", "w", 24)                   # did not exist at the backup
    t.scan("a", "", 27)
    t.scan("a", "", 28)
    t.backup(29)                             # only a (x) is alive: 1
    t.restore(30, 9)                         # the latest backup at or before 9 is still the one at 5
    t.scan("a", "", 31)                      # y alive until 38
    t.restore(40, 10)                        # exactly at the backup at 10
    t.get_at("a", "x", 41)                   # deleted before the backup at 10
    t.get_at("a", "y", 42)                   # 3 left at 10: until 43
    t.get_at("a", "y", 43)
    t.scan("c", "", 44)
    t.delete_at("b", "z", 45)
    t.restore(50, 49)                        # the backup at 29, made from a restored state
    t.scan("a", "", 51)
    t.scan("b", "", 52)
    t.backup(53)
    t.restore(60, 60)                        # the backup just made
    t.scan("a", "", 61)
    t.set_ttl("d", "q", "7", 62, 1)
    t.backup(63)                             # d's only field already expired: not counted
    t.set_ttl("d", "q", "8", MAXT - 10, MAXTTL)
    t.backup(MAXT - 9)                       # 999999999 left
    t.restore(MAXT, MAXT - 9)                # expiry 2*10^9 - 1 beyond 2^31
    return t


def random_mixed(rng, calls, nkeys, fields_per_key, weights, ttl_max, step_max, no_ttl=0.3):
    """Calls over nkeys records, each with its own pool of fields; small clock steps and small TTLs
    make fields expire (often exactly at the moment of a later call); backups now and then and
    restores of random earlier ones, often after some of their fields would have expired."""
    t = Test()
    keys = sorted({word(rng, 1, 12) for _ in range(nkeys)})
    pools = {key: sorted({word(rng, 1, 8) for _ in range(fields_per_key)}) for key in keys}
    kinds = ["set", "get", "delete", "scan", "prefix", "backup", "restore"]
    while t.calls() < calls:
        now = t.now + rng.randint(1, step_max)
        key = rng.choice(keys) if rng.random() < 0.97 else word(rng, 1, 12)
        pool = pools.get(key) or [word(rng, 1, 8)]
        field = rng.choice(pool) if rng.random() < 0.97 else word(rng, 1, 8)
        kind = rng.choices(kinds, weights)[0]
        if kind in ("backup", "restore") and t.saves < MAX_SAVES:
            if kind == "backup" or not t.backups:
                t.backup(now)
            else:
                bt = rng.choice(t.backups)[0]
                t.restore(now, bt if rng.random() < 0.3 else rng.randint(bt, now))
            continue
        if kind == "set" and t.can_set(key, field):
            if rng.random() < no_ttl:
                t.set_at(key, field, word(rng, 1, 10), now)
            else:
                t.set_ttl(key, field, word(rng, 1, 10), now, rng.randint(1, ttl_max))
        elif kind == "delete":
            t.delete_at(key, field, now)
        elif kind in ("scan", "prefix"):
            prefix = "" if kind == "scan" else field[: rng.randint(1, len(field))]
            if t.can_scan(key, prefix, now):
                t.scan(key, prefix, now)
            else:
                t.get_at(key, field, now)
        else:
            t.get_at(key, field, now)
    return t


def restore_storm(rng, calls, nrecords, saves):
    """The database grows to five thousand fields over a thousand records, then a long stretch of
    traffic in which backups and restores alternate: rebuilding the state by replaying the
    operations from the beginning costs the whole history at each restore."""
    t = Test()
    keys = sorted({word(rng, 1, 20) for _ in range(nrecords)})
    fields = {key: sorted({word(rng, 1, 6) for _ in range(MAX_PAIRS // len(keys))}) for key in keys}
    now = 0
    for key in keys:
        for field in fields[key]:
            now += 1
            if rng.random() < 0.5:
                t.set_at(key, field, word(rng, 1, 20), now)
            else:
                t.set_ttl(key, field, word(rng, 1, 20), now, rng.randint(1, 4 * calls))
    rest = calls - t.calls()
    every = rest // saves
    while t.calls() < calls:
        now += rng.randint(1, 4)
        if (t.calls() + 1) % every == 0 and t.saves < MAX_SAVES:
            if t.saves % 2 == 0 or not t.backups:
                t.backup(now)
            else:
                bt = rng.choice(t.backups)[0]
                t.restore(now, rng.randint(bt, now - 1))
            continue
        key = rng.choice(keys)
        field = rng.choice(fields[key])
        r = rng.random()
        if r < 0.45:
            if rng.random() < 0.4:
                t.set_at(key, field, word(rng, 1, 20), now)
            else:
                t.set_ttl(key, field, word(rng, 1, 20), now, rng.randint(1, 3 * calls))
        elif r < 0.55:
            t.delete_at(key, field, now)
        elif r < 0.8:
            t.get_at(key, field, now)
        else:
            prefix = "" if r < 0.9 else field[:1]
            if t.can_scan(key, prefix, now):
                t.scan(key, prefix, now)
            else:
                t.get_at(key, field, now)
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261130)
    tests = [
        empty_database(),
        lifetime_edges(),
        sorting_and_prefixes(),
        backup_edges(),
        random_mixed(rng, 100, 3, 6, [4, 3, 1, 1, 1, 1, 1], 8, 2),
        random_mixed(rng, 3000, 20, 15, [4, 3, 1, 1, 1, 0.1, 0.1], 40, 3),
        random_mixed(rng, 30_000, 200, 40, [5, 3, 1, 1, 1, 0.02, 0.02], 3000, 10),
        restore_storm(rng, MAXCALLS, 1000, MAX_SAVES),
        random_mixed(rng, MAXCALLS, 500, 20, [5, 3, 1, 1, 1, 0.001, 0.001], 100_000, 20),
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
