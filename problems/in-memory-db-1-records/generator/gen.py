"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (the first constructs InMemoryDB) and their
argument lists. Keys, fields and values are 1 to 20 lowercase letters and digits."""

import json
import os
import random
import string
import sys

random.seed(20261201)
MAX_CALLS = 200_000  # method calls after the constructor
ALPHABET = string.ascii_lowercase + string.digits


def word(lo=1, hi=8, alphabet=ALPHABET):
    return "".join(random.choices(alphabet, k=random.randint(lo, hi)))


class Builder:
    def __init__(self):
        self.names = ["InMemoryDB"]
        self.args = [[]]

    def calls(self):
        return len(self.names) - 1

    def call(self, name, *args):
        for a in args:
            assert isinstance(a, str) and 1 <= len(a) <= 20 and all(c in ALPHABET for c in a), a
        self.names.append(name)
        self.args.append(list(args))

    def set(self, key, field, value):
        self.call("set", key, field, value)

    def get(self, key, field):
        self.call("get", key, field)

    def delete(self, key, field):
        self.call("deleteField", key, field)

    def text(self):
        assert self.calls() <= MAX_CALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def random_ops(b, count, keys, fields, weights=(4, 4, 2)):
    """Random calls over the given pools of keys and fields (so hits and misses both happen)."""
    for _ in range(count):
        op = random.choices(["set", "get", "delete"], weights=weights)[0]
        key, field = random.choice(keys), random.choice(fields)
        if op == "set":
            b.set(key, field, word(1, 6))
        elif op == "get":
            b.get(key, field)
        else:
            b.delete(key, field)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []

    # an empty database: every read misses, then one field's whole life
    b = Builder()
    b.get("a", "b")
    b.delete("a", "b")
    b.set("a", "b", "c")
    b.get("a", "b")
    b.get("b", "a")
    b.delete("a", "b")
    b.get("a", "b")
    b.delete("a", "b")
    tests.append(b)

    # pairs that glue to the same string: ("ab","c") / ("a","bc") / ("abc", ...)
    b = Builder()
    b.set("ab", "c", "first")
    b.get("a", "bc")
    b.set("a", "bc", "second")
    b.get("ab", "c")
    b.get("a", "bc")
    b.delete("a", "bc")
    b.get("ab", "c")
    b.delete("a", "bc")
    b.set("abc", "d", "third")
    b.get("ab", "cd")
    b.get("a", "bcd")
    b.delete("ab", "cd")
    b.set("x1", "1x", "v")
    b.get("x", "11x")
    b.get("x11", "x")
    b.get("x1", "1x")
    tests.append(b)

    # a record keeps its other fields; a missing field of an existing record; a record emptied and
    # rebuilt; a value overwritten; the same field name in two records
    b = Builder()
    b.set("u1", "name", "ada")
    b.set("u1", "city", "paris")
    b.set("u2", "name", "alan")
    b.delete("u1", "plan")
    b.delete("u3", "name")
    b.get("u1", "city")
    b.delete("u1", "name")
    b.get("u1", "name")
    b.get("u2", "name")
    b.get("u1", "city")
    b.delete("u1", "city")
    b.delete("u1", "city")
    b.get("u1", "city")
    b.set("u1", "city", "rome")
    b.get("u1", "city")
    b.get("u1", "name")
    b.set("u1", "city", "oslo")
    b.set("u1", "city", "oslo")
    b.get("u1", "city")
    b.delete("u2", "city")
    b.get("u2", "name")
    tests.append(b)

    # the longest strings, digits only and letters only
    b = Builder()
    long_key, long_field, long_value = "z" * 20, "9" * 20, "a1" * 10
    b.set(long_key, long_field, long_value)
    b.get(long_key, long_field)
    b.get(long_key, "9" * 19)
    b.set("0", "0", "0")
    b.get("0", "0")
    b.get("00", "0")
    b.set(long_key, "9" * 19, "x")
    b.delete(long_key, long_field)
    b.get(long_key, "9" * 19)
    b.get(long_key, long_field)
    tests.append(b)

    # small random over a few short names (many hits, overwrites, repeated deletes)
    b = Builder()
    random_ops(b, 80, ["a", "b", "ab", "ba"], ["a", "b", "ab", "c"])
    tests.append(b)

    # medium random
    b = Builder()
    random_ops(b, 3000, [word(1, 3, "abc12") for _ in range(30)], [word(1, 3, "xyz9") for _ in range(40)])
    tests.append(b)

    # largest: 10^5 distinct fields in 1000 records, then reads, overwrites and deletes of them
    b = Builder()
    keys = [f"k{i}" for i in range(1000)]
    fields = [f"f{i}" for i in range(100)]
    pairs = [(k, f) for k in keys for f in fields]
    random.shuffle(pairs)
    for k, f in pairs:
        b.set(k, f, word(1, 10))
    random_ops(b, MAX_CALLS - b.calls(), keys, fields, weights=(2, 5, 3))
    tests.append(b)

    # largest: one record with 60000 fields, then everything on it (gets, misses, deletes, re-sets)
    b = Builder()
    fields = [word(3, 12) for _ in range(60_000)]
    for f in fields:
        b.set("big", f, word(1, 20))
    random_ops(b, MAX_CALLS - b.calls(), ["big", "bi", "big1"], fields + [word(3, 12) for _ in range(2000)],
               weights=(3, 5, 2))
    tests.append(b)

    # largest: a growing store of many small records, long names, mostly reads of recent writes
    b = Builder()
    live = []
    while b.calls() + 3 <= MAX_CALLS:
        key, field = word(10, 20), word(10, 20)
        b.set(key, field, word(10, 20))
        live.append((key, field))
        k, f = random.choice(live)
        b.get(k, f)
        if random.random() < 0.5:
            k, f = random.choice(live)
            b.delete(k, f)
        else:
            b.get(key, word(10, 20))
    tests.append(b)

    for i, b in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(b.text())


if __name__ == "__main__":
    main()
