"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (HitCounter, then hit/getHits calls) and their
arguments."""

import json
import os
import random
import sys

MAXCALLS = 200_000 - 1  # hit/getHits calls; with the constructor, 2*10^5 operations
MAXT = 10**9


class Test:
    def __init__(self):
        self.names = ["HitCounter"]
        self.args = [[]]
        self.now = 1

    def call(self, name, t):
        assert self.now <= t <= MAXT
        self.now = t
        self.names.append(name)
        self.args.append([t])

    def hit(self, t):
        self.call("hit", t)

    def get(self, t):
        self.call("getHits", t)

    def calls(self):
        return len(self.names) - 1

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def no_hits():
    t = Test()
    for ts in (1, 1, 300, MAXT):
        t.get(ts)
    return t


def window_edges():
    # a hit leaves the window exactly 300 seconds after it arrived
    t = Test()
    t.hit(1)
    t.get(1)
    t.get(299)
    t.get(300)
    t.get(301)
    t.hit(301)
    t.hit(301)
    t.get(301)
    t.get(600)
    t.get(601)
    t.hit(MAXT - 300)
    t.get(MAXT - 1)
    t.get(MAXT)
    t.hit(MAXT)
    t.get(MAXT)
    return t


def random_small(rng, calls, step):
    t = Test()
    now = 1
    while t.calls() < calls:
        now = min(MAXT, now + rng.randint(0, step))
        (t.hit if rng.random() < 0.6 else t.get)(now)
    return t


def burst_then_queries(rng, hits):
    """A huge burst inside one window, then queries while it slowly expires: every query has up
    to all the hits in its window, so counting them one by one is quadratic."""
    t = Test()
    times = sorted(rng.randint(1, 300) for _ in range(hits))
    for ts in times:
        t.hit(ts)
    now = 300
    while t.calls() < MAXCALLS:
        if rng.random() < 0.003:
            now += 1
        t.get(min(now, 599))
    return t


def slow_clock(rng, calls, p_tick):
    """Hits and queries interleaved, the clock ticking rarely: tens of thousands of hits stay in
    the window."""
    t = Test()
    now = rng.randint(1, 1000)
    while t.calls() < calls:
        if rng.random() < p_tick:
            now += 1
        (t.hit if rng.random() < 0.5 else t.get)(now)
    return t


def same_second(calls):
    # every call at the last second of the time range
    t = Test()
    for i in range(calls):
        (t.hit if i % 3 else t.get)(MAXT)
    return t


def sparse_big(rng, calls):
    """Timestamps spread over the whole range: gaps far longer than the window, and some at
    exactly 299, 300 and 301 seconds."""
    t = Test()
    now = 1
    while t.calls() < calls:
        gap = rng.choice([0, 0, 1, 299, 300, 301, rng.randint(0, 600), rng.randint(0, 10_000)])
        now = min(MAXT, now + gap)
        (t.hit if rng.random() < 0.5 else t.get)(now)
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(300300)
    tests = [
        no_hits(),
        window_edges(),
        random_small(rng, 40, 120),
        random_small(rng, 3000, 40),
        burst_then_queries(rng, 100_000),
        slow_clock(rng, MAXCALLS, 0.004),
        same_second(MAXCALLS),
        sparse_big(rng, MAXCALLS),
        random_small(rng, MAXCALLS, 5),
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
