"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (BrowserHistory, then visit/back/forward calls)
and their arguments."""

import json
import os
import random
import string
import sys

MAXCALLS = 200_000 - 1  # visit/back/forward calls; with the constructor, 2*10^5 operations
MAXSTEPS = 10**5
ALPHABET = string.ascii_lowercase + string.digits + "."


class Test:
    def __init__(self, homepage):
        self.names = ["BrowserHistory"]
        self.args = [[homepage]]

    def visit(self, url):
        assert 1 <= len(url) <= 20
        self.names.append("visit")
        self.args.append([url])

    def back(self, steps):
        assert 1 <= steps <= MAXSTEPS
        self.names.append("back")
        self.args.append([steps])

    def forward(self, steps):
        assert 1 <= steps <= MAXSTEPS
        self.names.append("forward")
        self.args.append([steps])

    def calls(self):
        return len(self.names) - 1

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def url(rng, short=False):
    if short:  # few distinct pages: the same url appears at many places in the history
        return rng.choice(["a.com", "b.com", "c.com", "a", "x.y"])
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 20)))


def home_only():
    # nothing behind, nothing ahead
    t = Test("home")
    for steps in (1, MAXSTEPS, 1):
        t.back(steps)
        t.forward(steps)
    return t


def cut_forward():
    # visiting after going back removes the pages ahead, even when the url is the same page
    t = Test("h.com")
    t.visit("a.com")
    t.visit("b.com")
    t.visit("c.com")
    t.back(1)
    t.visit("c.com")
    t.forward(1)
    t.back(2)
    t.visit("z")
    t.forward(3)
    t.back(1)
    t.forward(1)
    t.back(MAXSTEPS)
    t.visit("h.com")
    t.forward(2)
    t.back(1)
    t.back(1)
    t.forward(MAXSTEPS)
    t.visit("h.com")
    t.back(1)
    t.forward(1)
    t.back(3)
    t.forward(2)
    t.forward(1)
    return t


def random_walk(rng, calls, p_visit, max_steps, short=False):
    t = Test(url(rng, short))
    while t.calls() < calls:
        r = rng.random()
        if r < p_visit:
            t.visit(url(rng, short))
        elif r < p_visit + (1 - p_visit) / 2:
            t.back(rng.randint(1, max_steps))
        else:
            t.forward(rng.randint(1, max_steps))
    return t


def long_jumps(rng, calls, visits):
    """A long history, then jumps over all of it back and forth: moving one page at a time costs
    about 10^10 steps."""
    t = Test(url(rng))
    for _ in range(visits):
        t.visit(url(rng))
    while t.calls() < calls:
        t.back(MAXSTEPS - rng.randint(0, 3))
        if t.calls() < calls:
            t.forward(MAXSTEPS - rng.randint(0, 3))
    return t


def sawtooth(rng, calls):
    """Bursts of visits, then long jumps back, a visit that cuts the history, and long jumps
    forward that must stop at the new last page."""
    t = Test(url(rng))
    while t.calls() < calls:
        for _ in range(rng.randint(1000, 8000)):
            t.visit(url(rng))
        for _ in range(rng.randint(200, 2000)):
            t.back(rng.randint(MAXSTEPS // 2, MAXSTEPS))
            t.forward(rng.randint(1, MAXSTEPS))
        t.back(rng.randint(1, 5000))
        t.visit(url(rng))
        for _ in range(rng.randint(50, 500)):
            t.forward(rng.randint(1, MAXSTEPS))
            t.back(rng.randint(1, MAXSTEPS))
    t.names = t.names[: MAXCALLS + 1]
    t.args = t.args[: MAXCALLS + 1]
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(4242)
    tests = [
        home_only(),
        cut_forward(),
        random_walk(rng, 60, 0.5, 4, short=True),
        random_walk(rng, 400, 0.45, 10),
        random_walk(rng, 5000, 0.5, 40, short=True),
        long_jumps(rng, MAXCALLS, 100_000),
        sawtooth(rng, MAXCALLS),
        random_walk(rng, MAXCALLS, 0.6, MAXSTEPS),
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
