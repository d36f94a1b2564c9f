"""Generates the hidden datasets of weekly-order-bursts.

Usage: python3 gen.py OUTDIR — writes OUTDIR/NN.in (deterministic).
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
CUSTOMER = ["customer_id", "name"]
ORDER = ["order_id", "customer_id", "ordered_on", "total"]
START = date(2022, 1, 1)
NAMES = ["Ada", "Ben", "Cleo", "Dev", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea", "Mo", "Nia"]


def day(offset):
    return str(START + timedelta(offset))


def write(number, customers, orders):
    data = "{\n"
    data += '  "Customer": {"columns": %s, "rows": %s},\n' % (json.dumps(CUSTOMER), json.dumps(customers))
    data += '  "WebOrder": {"columns": %s, "rows": %s}\n' % (json.dumps(ORDER), json.dumps(orders))
    (OUT / f"{number:02d}.in").write_text(data + "}\n")


def customers(n, rng):
    return [[i, f"{rng.choice(NAMES)} {i}"] for i in range(1, n + 1)]


def hand(rows):
    """(customer_id, day offset) pairs -> order rows with ids in a shuffled order."""
    rng = random.Random(len(rows))
    ids = rng.sample(range(1, 10 * len(rows) + 10), len(rows))
    return [[ids[i], c, day(d), 10.0 + i] for i, (c, d) in enumerate(rows)]


def random_set(rng, n_customers, n_orders, days, bursty=0.0):
    orders = []
    ids = rng.sample(range(1, 3 * n_orders), n_orders)
    while len(orders) < n_orders:
        c = rng.randint(1, n_customers)
        d = rng.randint(0, days)
        if rng.random() < bursty:  # a spree: a few orders over the next days
            for _ in range(rng.randint(2, 5)):
                if len(orders) < n_orders:
                    orders.append([ids[len(orders)], c, day(min(days, d + rng.randint(0, 6))), rng.randint(100, 99999) / 100])
        else:
            orders.append([ids[len(orders)], c, day(d), rng.randint(100, 99999) / 100])
    return customers(n_customers, rng), orders


rng = random.Random(20260603)
# 01: no data at all
write(1, [], [])
# 02: customers without orders, and one with only four orders in a day
write(2, customers(3, rng), hand([(2, 10)] * 4))
# 03: five orders spanning exactly seven days (a burst on day 16), five spanning eight days (none),
#     five on one day (a burst that day), and a customer with two bursts (the first counts)
write(3, customers(5, rng), hand(
    [(1, 10), (1, 11), (1, 13), (1, 16), (1, 16)]
    + [(2, 10), (2, 12), (2, 14), (2, 16), (2, 17)]
    + [(3, 40)] * 5
    + [(4, 100), (4, 101), (4, 102), (4, 103), (4, 104), (4, 20), (4, 22), (4, 24), (4, 25), (4, 26), (4, 3)]
))
# 04: one customer ordering every other day for a year (never five in seven days), then daily
write(4, customers(1, rng), hand([(1, d) for d in range(0, 365, 2)] + [(1, d) for d in range(400, 410)]))
# 05: a single order
write(5, customers(1, rng), hand([(1, 0)]))
# 06: a small random shop
write(6, *random_set(rng, 40, 1500, 365, bursty=0.1))
# 07, 08: the large ones (07: 400 customers with about 200 orders each)
write(7, *random_set(rng, 400, 80000, 1095))
write(8, *random_set(rng, 3000, 60000, 730, bursty=0.15))
