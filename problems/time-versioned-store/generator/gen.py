"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (TimeMap, then set/get calls) and their arguments."""

import json
import os
import random
import sys

random.seed(20261130)
MAXCALLS = 200_000 - 1  # set/get calls; with the constructor, 2*10^5 operations
MAXT = 10**7
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def word(rng, lo=1, hi=10):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(lo, hi)))


class Test:
    def __init__(self):
        self.names = ["TimeMap"]
        self.args = [[]]
        self.last = {}  # key -> its latest set timestamp

    def set(self, key, value, t):
        assert self.last.get(key, 0) < t <= MAXT
        self.last[key] = t
        self.names.append("set")
        self.args.append([key, value, t])

    def get(self, key, t):
        assert 1 <= t <= MAXT
        self.names.append("get")
        self.args.append([key, t])

    def calls(self):
        return len(self.names) - 1

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def increasing_times(rng, n, lo=1, hi=MAXT):
    """n strictly increasing timestamps in [lo, hi]."""
    return sorted(rng.sample(range(lo, hi + 1), n))


def only_gets():
    # nothing was ever set: every lookup is empty, at both ends of the time range
    t = Test()
    for key, ts in [("a", 1), ("a", MAXT), ("zz9", 5), ("0", 1)]:
        t.get(key, ts)
    return t


def one_key_edges():
    # one key; lookups before the first version, exactly at each version, between, after the last
    t = Test()
    t.get("k", 1)
    t.set("k", "first", 1)
    t.get("k", 1)
    t.get("k", 2)
    t.set("k", "second", 10)
    for ts in (1, 9, 10, 11, MAXT):
        t.get("k", ts)
    t.set("k", "last", MAXT)
    for ts in (MAXT - 1, MAXT, 10, 1):
        t.get("k", ts)
    return t


def prefix_keys():
    # keys that are prefixes of one another, a value repeated across versions, independent clocks
    rng = random.Random(7)
    t = Test()
    t.set("ab", "x", 100)
    t.set("a", "x", 5)
    t.set("abc", "y", 1)
    t.set("a", "x", 6)  # the same value again, a new version
    t.set("ab", "z", 101)
    t.set("b", "0", MAXT)
    for key in ["a", "ab", "abc", "abcd", "b", "ba"]:
        for ts in (1, 4, 5, 6, 99, 100, 101, MAXT):
            t.get(key, ts)
    for _ in range(20):
        t.get(rng.choice(["a", "ab", "abc"]), rng.randint(1, 200))
    return t


def random_mixed(rng, calls, nkeys, span, get_ratio, exact_ratio=0.3, missing_ratio=0.05):
    """Sets and gets interleaved over nkeys keys; every get is random over the times seen so far,
    exactly on a stored version a fraction of the time, on a never-set key now and then."""
    t = Test()
    keys = sorted({word(rng, 1, 10) for _ in range(nkeys)})
    clock = {key: 0 for key in keys}
    history = {key: [] for key in keys}
    while t.calls() < calls:
        key = rng.choice(keys)
        if rng.random() >= get_ratio and clock[key] < span:
            clock[key] = rng.randint(clock[key] + 1, min(span, clock[key] + max(1, 2 * span // calls * nkeys)))
            history[key].append(clock[key])
            t.set(key, word(rng), clock[key])
        elif rng.random() < missing_ratio:
            t.get(word(rng, 1, 10), rng.randint(1, span))
        elif history[key] and rng.random() < exact_ratio:
            t.get(key, rng.choice(history[key]))
        else:
            t.get(key, rng.randint(1, max(1, clock[key] + 5)) if rng.random() < 0.9 else rng.randint(1, MAXT))
    return t


def one_long_history(rng, sets, gets):
    """One key with a long history, then lookups spread uniformly over it: walking the history
    from either end costs half of it on average."""
    t = Test()
    times = increasing_times(rng, sets, 2, MAXT - 1)
    for ts in times:
        t.set("hot", word(rng), ts)
    for _ in range(gets):
        r = rng.random()
        if r < 0.3:
            t.get("hot", rng.choice(times))  # exactly on a version
        elif r < 0.35:
            t.get("hot", 1)  # before the first version
        else:
            t.get("hot", rng.randint(1, MAXT))
    return t


def growing_history(rng, calls):
    """One key, set and get alternating; each get looks somewhere uniformly in the past."""
    t = Test()
    times = increasing_times(rng, calls // 2, 1, MAXT)
    for ts in times:
        t.set("log", word(rng), ts)
        if t.calls() < calls:
            t.get("log", rng.randint(1, ts))
    return t


def few_keys_big(rng, calls):
    """Ten keys with long histories and independent clocks (one key's clock far ahead of another's),
    all set first, then looked up; half the lookups land exactly on a version."""
    t = Test()
    keys = [f"k{i}" for i in range(10)]
    per_key = (calls // 2) // len(keys)
    times = {}
    for i, key in enumerate(keys):
        lo = 1 if i % 2 else MAXT // 2  # independent clocks: odd keys start early, even ones late
        times[key] = increasing_times(rng, per_key, lo, MAXT)
    order = [key for key in keys for _ in range(per_key)]
    rng.shuffle(order)
    position = {key: 0 for key in keys}
    for key in order:
        t.set(key, word(rng), times[key][position[key]])
        position[key] += 1
    while t.calls() < calls:
        key = rng.choice(keys)
        r = rng.random()
        if r < 0.5:
            t.get(key, rng.choice(times[key]))
        elif r < 0.55:
            t.get(key, max(1, rng.choice(times[key]) - 1))
        else:
            t.get(key, rng.randint(1, MAXT))
    return t


def many_keys_big(rng, calls):
    """Tens of thousands of keys with short histories, many lookups of keys never set."""
    t = Test()
    keys = sorted({word(rng, 1, 10) for _ in range(60_000)})
    rng.shuffle(keys)
    clock = {}
    while t.calls() < calls:
        if rng.random() < 0.5:
            key = rng.choice(keys)
            ts = rng.randint(clock.get(key, 0) + 1, min(MAXT, clock.get(key, 0) + 1000))
            clock[key] = ts
            t.set(key, word(rng), ts)
        else:
            key = rng.choice(keys) if rng.random() < 0.8 else word(rng, 1, 10)
            t.get(key, rng.randint(1, 3000))
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(424242)
    tests = [
        only_gets(),
        one_key_edges(),
        prefix_keys(),
        random_mixed(rng, 60, 3, 50, 0.5),
        random_mixed(rng, 3000, 25, 10_000, 0.5),
        one_long_history(rng, 100_000, MAXCALLS - 100_000),
        growing_history(rng, MAXCALLS),
        few_keys_big(rng, MAXCALLS),
        many_keys_big(rng, MAXCALLS),
        random_mixed(rng, MAXCALLS, 3, MAXT, 0.6),
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
