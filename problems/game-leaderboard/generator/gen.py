"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (Leaderboard, then addScore/top/reset calls) and
their arguments. The generator keeps the board itself, so every top(k) has k at most the number
of players, every reset names a player on the board, and no score passes 10^5."""

import json
import os
import random
import sys

MAXCALLS = 200_000 - 1  # calls after the constructor
MAXID = 10**9
MAXSCORE = 10**5


class Test:
    def __init__(self):
        self.names = ["Leaderboard"]
        self.args = [[]]
        self.score = {}  # player on the board -> score
        self.players = []  # the same players, for random choice
        self.where = {}  # player -> index in self.players

    def op(self, name, *args):
        self.names.append(name)
        self.args.append(list(args))

    def add(self, player, score):
        assert 1 <= player <= MAXID and 1 <= score <= 100
        new = self.score.get(player, 0) + score
        assert new <= MAXSCORE
        if player not in self.score:
            self.where[player] = len(self.players)
            self.players.append(player)
        self.score[player] = new
        self.op("addScore", player, score)

    def top(self, k):
        assert 1 <= k <= len(self.score)
        self.op("top", k)

    def reset(self, player):
        assert player in self.score
        del self.score[player]
        i = self.where.pop(player)
        last = self.players.pop()
        if last != player:
            self.players[i] = last
            self.where[last] = i
        self.op("reset", player)

    def count(self):
        return len(self.players)

    def calls(self):
        return len(self.names) - 1

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"

    def add_capped(self, player, score):
        """Adds score, or what still fits under 10^5; returns False if nothing fits."""
        room = MAXSCORE - self.score.get(player, 0)
        if room <= 0:
            return False
        self.add(player, min(score, room))
        return True


def edges():
    t = Test()
    t.add(MAXID, 1)
    t.top(1)
    t.reset(MAXID)
    t.add(MAXID, 100)  # rejoins from 0
    t.top(1)
    t.add(1, 100)
    t.top(1)
    t.top(2)
    t.reset(1)
    t.top(1)
    t.add(1, 1)
    t.top(2)
    for _ in range(999):
        t.add(2, 100)  # exactly 99,900
    t.add(2, 100)  # exactly 10^5, the highest score
    t.top(1)
    t.top(3)
    t.reset(2)
    t.top(2)
    t.reset(MAXID)
    t.reset(1)
    t.add(5, 7)
    t.top(1)
    return t


def ties():
    # k stops in the middle of a group of equal scores
    t = Test()
    for p in range(1, 21):
        t.add(p, 50 if p % 2 else 30)
    for k in range(1, 21):
        t.top(k)
    for p in range(1, 21, 4):
        t.reset(p)
    for k in (1, 5, 6, 7, 15):
        t.top(k)
    for p in range(1, 21, 4):
        t.add(p, 30)
    for k in range(1, 21):
        t.top(k)
    return t


def random_mixed(rng, calls, pool, p_top, p_reset, big_adds=False):
    t = Test()
    ids = rng.sample(range(1, MAXID + 1), pool)
    while t.calls() < calls:
        r = rng.random()
        if r < p_top and t.count():
            n = t.count()
            t.top(rng.choice([1, n, rng.randint(1, n), rng.randint(1, n)]))
        elif r < p_top + p_reset and t.count():
            t.reset(rng.choice(t.players))
        else:
            player = rng.choice(ids)
            score = 100 if big_adds and rng.random() < 0.7 else rng.randint(1, 100)
            t.add_capped(player, score)
    return t


def near_cap(rng, calls):
    """A few players climb to the 10^5 cap, so the highest score values are used."""
    t = Test()
    ids = rng.sample(range(1, MAXID + 1), 12)
    while t.calls() < calls:
        r = rng.random()
        if r < 0.25 and t.count():
            t.top(rng.randint(1, t.count()))
        elif r < 0.26 and t.count():
            t.reset(rng.choice(t.players))
        elif not t.add_capped(rng.choice(ids), 100 if rng.random() < 0.9 else rng.randint(1, 100)):
            t.top(t.count())
    return t


def crowded_board(rng, players):
    """Tens of thousands of players join, then a long mix of score updates and top(k) with k
    often close to the whole board: sorting every score per query is far too slow."""
    t = Test()
    ids = rng.sample(range(1, MAXID + 1), players)
    for p in ids:
        t.add(p, rng.randint(1, 100))
    while t.calls() < MAXCALLS:
        r = rng.random()
        if r < 0.5:
            n = t.count()
            t.top(rng.choice([n, n - rng.randint(0, 50), rng.randint(n // 2, n)]))
        elif r < 0.55:
            t.reset(rng.choice(t.players))
        elif r < 0.6:
            p = rng.randint(1, MAXID)
            t.add_capped(p, rng.randint(1, 100))
        else:
            t.add_capped(rng.choice(t.players), rng.randint(1, 100))
    return t


def churn(rng, players):
    """Players keep being reset and rejoining while top(k) is asked for with random k."""
    t = Test()
    ids = rng.sample(range(1, MAXID + 1), players)
    for p in ids:
        t.add(p, 100)
    while t.calls() < MAXCALLS:
        r = rng.random()
        if r < 0.45:
            t.top(rng.randint(1, t.count()))
        elif r < 0.65 and t.count() > 1000:
            t.reset(rng.choice(t.players))
        else:
            t.add_capped(rng.choice(ids), rng.choice([100, rng.randint(1, 100)]))
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(424242)
    tests = [
        edges(),
        ties(),
        random_mixed(rng, 60, 8, 0.3, 0.1),
        random_mixed(rng, 3000, 60, 0.3, 0.05),
        random_mixed(rng, 30000, 500, 0.3, 0.03, big_adds=True),
        near_cap(rng, 20000),
        crowded_board(rng, 60_000),
        churn(rng, 40_000),
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
