"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (TokenBucketLimiter, then allow/tokens calls) and
their arguments."""

import json
import os
import random
import string
import sys

MAXCALLS = 200_000 - 1  # allow/tokens calls; with the constructor, 2*10^5 operations
MAXT = 10**12
MAXV = 10**9
ALPHABET = string.ascii_lowercase + string.digits


class Test:
    def __init__(self, capacity, refill):
        assert 1 <= capacity <= MAXV and 1 <= refill <= MAXV
        self.names = ["TokenBucketLimiter"]
        self.args = [[capacity, refill]]
        self.now = 0

    def _at(self, t):
        assert self.now <= t <= MAXT
        self.now = t

    def allow(self, client, t, cost):
        assert 1 <= cost <= MAXV
        self._at(t)
        self.names.append("allow")
        self.args.append([client, t, cost])

    def tokens(self, client, t):
        self._at(t)
        self.names.append("tokens")
        self.args.append([client, t])

    def calls(self):
        return len(self.names) - 1

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def names(rng, count, length=(1, 10)):
    seen = set()
    while len(seen) < count:
        seen.add("".join(rng.choice(ALPHABET) for _ in range(rng.randint(*length))))
    return sorted(seen)


def edges():
    # unseen clients, a failing first request (it still starts the clock), refills at exactly
    # the moment of a call, a cost above the capacity, time 0 and 10^12
    t = Test(1, 1)
    t.tokens("a", 0)
    t.allow("a", 0, 2)
    t.tokens("a", 0)
    t.allow("a", 0, 1)
    t.tokens("a", 0)
    t.allow("a", 0, 1)
    t.tokens("a", 1)
    t.allow("a", 1, 1)
    t.allow("a", 1, 1)
    t.allow("b", 5, 1)
    t.tokens("b", 5)
    t.tokens("a", 5)
    t.allow("a", 5, 1)
    t.allow("b", 6, 1)
    t.tokens("c", MAXT)
    t.allow("c", MAXT, MAXV)
    t.allow("c", MAXT, 1)
    t.tokens("c", MAXT)
    t.allow("b", MAXT, 1)
    t.allow("b", MAXT, 1)
    return t


def big_values():
    # the largest capacity and interval, costs of exactly the capacity, near the end of time
    t = Test(MAXV, MAXV)
    start = MAXT - 10 * MAXV
    t.allow("big", start, MAXV)
    t.tokens("big", start + MAXV - 1)
    t.tokens("big", start + MAXV)
    t.allow("big", start + 2 * MAXV - 1, 2)
    t.allow("big", start + 2 * MAXV - 1, 1)
    t.tokens("big", start + 2 * MAXV)
    t.allow("zz9", start + 2 * MAXV, MAXV)
    t.allow("zz9", start + 2 * MAXV, 1)
    t.tokens("zz9", MAXT)
    t.tokens("big", MAXT)
    t.allow("big", MAXT, MAXV)
    t.allow("big", MAXT, 1)
    t.tokens("big", MAXT)
    return t


def boundaries(rng, calls, capacity, refill, clients):
    """Calls land on, just before and just after the refill moments of the clients, whose first
    requests are at different offsets: a refill clock that restarts at each call goes wrong."""
    t = Test(capacity, refill)
    who = names(rng, clients)
    now = rng.randint(0, 3 * refill)
    while t.calls() < calls:
        now += rng.choice([0, 0, 1, refill - 1, refill, refill + 1, rng.randint(0, 3 * refill)])
        client = rng.choice(who)
        if rng.random() < 0.6:
            t.allow(client, now, rng.choice([1, 1, 1, 2, rng.randint(1, capacity + 1)]))
        else:
            t.tokens(client, now)
    return t


def random_mix(rng, calls, capacity, refill, clients, step, p_allow=0.6, max_cost=None):
    t = Test(capacity, refill)
    who = names(rng, clients)
    now = rng.randint(0, step)
    max_cost = max_cost or capacity + 1
    while t.calls() < calls:
        now = min(MAXT, now + rng.randint(0, step))
        client = rng.choice(who)
        if rng.random() < p_allow:
            t.allow(client, now, rng.randint(1, max_cost))
        else:
            t.tokens(client, now)
    return t


def long_pauses(rng, calls, clients):
    """Refills every millisecond into buckets of 10^9 tokens that are drained again and again,
    with millions of milliseconds between the calls of a client: walking the refills one by one
    (or until the bucket is full) takes ~10^12 steps."""
    t = Test(MAXV, 1)
    who = names(rng, clients)
    step = MAXT // calls
    now = 0
    while t.calls() < calls:
        now = min(MAXT, now + rng.randint(step // 2, step + step // 2))
        client = rng.choice(who)
        if rng.random() < 0.7:
            t.allow(client, now, rng.randint(MAXV // 2, MAXV))
        else:
            t.tokens(client, now)
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261130)
    tests = [
        edges(),
        big_values(),
        boundaries(rng, 60, 3, 10, 3),
        random_mix(rng, 200, 5, 7, 4, 12),
        boundaries(rng, 3000, 4, 1000, 30),
        random_mix(rng, 5000, 1000, 3, 50, 200, max_cost=400),
        long_pauses(rng, MAXCALLS, 3),
        boundaries(rng, MAXCALLS, 6, 250, 20_000),
        random_mix(rng, MAXCALLS, MAXV, 1, 100_000, 10_000_000, max_cost=MAXV),
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
