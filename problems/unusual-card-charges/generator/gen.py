"""Generates the hidden datasets of unusual-card-charges.

Usage: python3 gen.py OUTDIR — writes OUTDIR/NN.in (deterministic). Amounts are whole cents; apart
from the deliberate tie of 02.in, no charge is exactly three times its account's average (an
engine computing the average in floating point could then decide either way).
"""
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
ACCOUNT = ["account_id", "holder"]
CHARGE = ["charge_id", "account_id", "amount", "charged_on"]
FIRST = ["Ada", "Ben", "Cleo", "Dev", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]
LAST = ["Moss", "Nash", "Okafor", "Park", "Quinn", "Rao", "Silva", "Tran", "Ueda", "Vance"]


def cents(value):
    return float(f"{value // 100}.{value % 100:02d}")


def write(number, accounts, charges):
    data = "{\n"
    data += '  "Account": {"columns": %s, "rows": %s},\n' % (json.dumps(ACCOUNT), json.dumps(accounts))
    data += '  "Charge": {"columns": %s, "rows": %s}\n' % (json.dumps(CHARGE), json.dumps(charges))
    (OUT / f"{number:02d}.in").write_text(data + "}\n")


def no_ties(charges):
    """Nudge a charge up by a cent while it is exactly three times its account's average."""
    by_account = {}
    for charge in charges:
        by_account.setdefault(charge[1], []).append(charge)
    for rows in by_account.values():
        changed = True
        while changed:
            changed = False
            total, count = sum(r[2] for r in rows), len(rows)
            for row in rows:
                if row[2] * count == 3 * total:
                    row[2] += 1
                    changed = True
                    break
    return charges


def random_set(rng, n_accounts, n_charges, spike=0.03, clustered=False):
    accounts = [[i, f"{rng.choice(FIRST)} {rng.choice(LAST)}"] for i in range(1, n_accounts + 1)]
    start = date(2024, 1, 1)
    charges = []
    ids = rng.sample(range(1, 10 * n_charges), n_charges)
    for charge_id in ids:
        amount = rng.randint(100, 20000)
        if rng.random() < spike:
            amount *= rng.randint(4, 15)
        account = rng.randint(1, n_accounts)
        charges.append([charge_id, account, amount, str(start + timedelta(rng.randint(0, 365)))])
    no_ties(charges)
    if clustered:
        charges.sort(key=lambda c: (c[1], c[0]))
    return accounts, [[c[0], c[1], cents(c[2]), c[3]] for c in charges]


rng = random.Random(20260601)
# 01: no data at all
write(1, [], [])
# 02: a tie (9.00 is exactly 3 x 3.00), a clear outlier, an account of equal charges, a single charge
write(2, [[1, "Tia Moss"], [2, "Uri Nash"], [3, "Val Park"], [4, "Wes Rao"]], [
    [10, 1, 9.00, "2024-02-01"], [11, 1, 1.00, "2024-02-02"], [12, 1, 1.00, "2024-02-03"], [13, 1, 1.00, "2024-02-04"],
    [20, 2, 250.00, "2024-02-05"], [21, 2, 10.00, "2024-02-06"], [22, 2, 12.00, "2024-02-07"], [23, 2, 11.00, "2024-02-08"],
    [24, 2, 9.50, "2024-02-09"],
    [30, 3, 7.25, "2024-03-01"], [31, 3, 7.25, "2024-03-02"], [32, 3, 7.25, "2024-03-03"],
    [40, 4, 999.99, "2024-03-04"],
])
# 03: accounts without charges, and one account holding every charge
write(3, [[1, "Ada Moss"], [2, "Ben Nash"], [3, "Cleo Park"]],
      [[i, 2, cents(rng.randint(100, 900) * (20 if i % 17 == 0 else 1)), "2024-04-01"] for i in range(1, 60)])
# 04: a single charge
write(4, [[7, "Dev Rao"]], [[70, 7, 42.00, "2024-05-05"]])
# 05: a few hundred accounts
write(5, *random_set(rng, 150, 3000, spike=0.05))
# 06, 07: the large ones (80 000 charges; 07 stored account by account)
write(6, *random_set(rng, 14000, 72000))
write(7, *random_set(rng, 12000, 70000, spike=0.04, clustered=True))
