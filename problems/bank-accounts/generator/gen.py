"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (Bank, then createAccount/deposit/transfer/
topSpenders calls) and their arguments. The generator keeps the balances itself so that it can
aim transfers at the edges (exactly the whole balance, one more than it)."""

import json
import os
import random
import string
import sys

MAXCALLS = 200_000 - 1  # calls after the constructor
MAXAMOUNT = 10**9
ALPHABET = string.ascii_lowercase + string.digits


class Test:
    def __init__(self):
        self.names = ["Bank"]
        self.args = [[]]
        self.balance = {}

    def op(self, name, *args):
        self.names.append(name)
        self.args.append(list(args))

    def create(self, account):
        self.op("createAccount", account)
        self.balance.setdefault(account, 0)

    def deposit(self, account, amount):
        assert 1 <= amount <= MAXAMOUNT
        self.op("deposit", account, amount)
        if account in self.balance:
            self.balance[account] += amount

    def transfer(self, source, target, amount):
        assert 1 <= amount <= MAXAMOUNT
        self.op("transfer", source, target, amount)
        b = self.balance
        if source != target and source in b and target in b and b[source] >= amount:
            b[source] -= amount
            b[target] += amount

    def top(self, n):
        assert 1 <= n <= 10
        self.op("topSpenders", n)

    def calls(self):
        return len(self.names) - 1

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def random_id(rng, lo=1, hi=10):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(lo, hi)))


def distinct_ids(rng, count, lo=1, hi=10):
    seen = set()
    while len(seen) < count:
        seen.add(random_id(rng, lo, hi))
    ids = sorted(seen)
    rng.shuffle(ids)
    return ids


def edges():
    t = Test()
    t.top(10)
    t.deposit("ghost", 5)
    t.transfer("ghost", "nobody", 1)
    t.create("alice")
    t.create("alice")
    t.top(1)
    t.transfer("alice", "bob", 1)  # bob is missing
    t.create("bob")
    t.transfer("alice", "bob", 1)  # balance 0
    t.deposit("alice", 100)
    t.transfer("alice", "alice", 10)  # same account
    t.transfer("alice", "bob", 101)  # one more than the balance
    t.transfer("alice", "bob", 100)  # exactly the balance
    t.top(10)
    t.transfer("bob", "alice", 100)
    t.top(1)
    t.top(2)
    t.deposit("bob", MAXAMOUNT)
    t.transfer("bob", "ghost", 1)
    t.top(10)
    t.create("0")
    t.create("zzzzzzzzzz")
    t.create("9999999999")
    t.deposit("zzzzzzzzzz", MAXAMOUNT)
    t.transfer("zzzzzzzzzz", "0", MAXAMOUNT)
    t.transfer("0", "9999999999", MAXAMOUNT)
    t.transfer("9999999999", "0", 1)
    t.top(10)
    t.top(3)
    return t


def ties():
    # equal totals are ranked by id as strings: "a10" < "a2" < "a9" < "b"
    t = Test()
    ids = ["a9", "a10", "a2", "b", "a1", "a", "a20", "z", "y1", "10", "9", "a0", "aa"]
    for account in ids:
        t.create(account)
        t.deposit(account, 1000)
    for i, account in enumerate(ids):
        t.transfer(account, ids[(i + 1) % len(ids)], 7)
    for n in (1, 3, 10):
        t.top(n)
    t.transfer("b", "a", 3)
    t.transfer("a", "b", 3)
    t.top(10)
    t.transfer("z", "a", 10)  # z overtakes everyone
    t.transfer("9", "a", 10)  # 9 ties with z, and "9" < "z"
    t.top(5)
    return t


def random_mixed(rng, calls, pool, p_top, p_create=0.08, p_deposit=0.25):
    t = Test()
    ids = distinct_ids(rng, pool)
    while t.calls() < calls:
        r = rng.random()
        if r < p_top:
            t.top(rng.randint(1, 10))
        elif r < p_top + p_create:
            t.create(rng.choice(ids) if rng.random() < 0.9 else random_id(rng))
        elif r < p_top + p_create + p_deposit:
            account = rng.choice(ids)
            t.deposit(account, rng.choice([rng.randint(1, 1000), rng.randint(1, MAXAMOUNT)]))
        else:
            source, target = rng.choice(ids), rng.choice(ids)
            if rng.random() < 0.05:
                target = source
            have = t.balance.get(source, 0)
            choice = rng.random()
            if have and choice < 0.2:
                amount = have  # the whole balance
            elif choice < 0.3:
                amount = min(MAXAMOUNT, have + 1)
            else:
                amount = rng.randint(1, max(1, min(MAXAMOUNT, have if rng.random() < 0.8 else 2 * have + 5)))
            t.transfer(source, target, max(1, min(MAXAMOUNT, amount)))
    return t


def many_spenders(rng, accounts):
    """Tens of thousands of accounts that have all sent money, then a long run of transfers
    with a topSpenders call now and then: sorting every account per call is far too slow."""
    t = Test()
    ids = distinct_ids(rng, accounts, 6, 10)
    for account in ids:
        t.create(account)
    for account in ids:
        t.deposit(account, rng.randint(10**8, MAXAMOUNT))
    for i, account in enumerate(ids):
        t.transfer(account, ids[i - 1], rng.randint(1, 10**6))
    while t.calls() < MAXCALLS:
        if rng.random() < 0.85:
            source, target = rng.sample(ids, 2)
            t.transfer(source, target, rng.randint(1, 10**6))
        else:
            t.top(rng.choice([10, 10, 10, rng.randint(1, 10)]))
    return t


def hot_senders(rng, accounts):
    """Every account has sent something; then a few accounts send over and over (many stale heap
    entries) while every eighth call asks for the top 10."""
    t = Test()
    ids = distinct_ids(rng, accounts, 3, 10)
    for account in ids:
        t.create(account)
        t.deposit(account, MAXAMOUNT)
    for i, account in enumerate(ids):
        t.transfer(account, ids[(i + 1) % len(ids)], rng.randint(1, 1000))
    hot = ids[:30]
    while t.calls() < MAXCALLS:
        if t.calls() % 8:
            source = rng.choice(hot)
            target = rng.choice(ids)
            if target == source:
                target = ids[-1]
            t.transfer(source, target, rng.randint(1, 3000))
        else:
            t.top(10)
    return t


def equal_totals(rng, accounts):
    """Every transfer is for the same amount, so totals tie in large groups and the order
    between them is by id."""
    t = Test()
    ids = distinct_ids(rng, accounts, 1, 10)
    for account in ids:
        t.create(account)
        t.deposit(account, 10**6)
    while t.calls() < MAXCALLS:
        if rng.random() < 0.88:
            source, target = rng.sample(ids, 2)
            t.transfer(source, target, 5)
        else:
            t.top(rng.randint(8, 10))
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261130)
    tests = [
        edges(),
        ties(),
        random_mixed(rng, 60, 6, 0.15),
        random_mixed(rng, 3000, 40, 0.2),
        random_mixed(rng, 30000, 3000, 0.3),
        many_spenders(rng, 30_000),
        hot_senders(rng, 30_000),
        equal_totals(rng, 25_000),
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
