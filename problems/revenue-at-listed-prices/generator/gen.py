"""Generates the hidden datasets of revenue-at-listed-prices.

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
PRODUCT = ["product_id", "name"]
CHANGE = ["change_id", "product_id", "valid_from", "price"]
SALE = ["sale_id", "product_id", "sold_on", "quantity"]
START = date(2020, 1, 1)
WORDS = ["bolt", "nut", "valve", "hose", "pump", "gear", "belt", "seal", "pipe", "clamp", "fuse", "relay"]


def day(offset):
    return str(START + timedelta(offset))


def write(number, products, changes, sales):
    data = "{\n"
    data += '  "Product": {"columns": %s, "rows": %s},\n' % (json.dumps(PRODUCT), json.dumps(products))
    data += '  "PriceChange": {"columns": %s, "rows": %s},\n' % (json.dumps(CHANGE), json.dumps(changes))
    data += '  "Sale": {"columns": %s, "rows": %s}\n' % (json.dumps(SALE), json.dumps(sales))
    (OUT / f"{number:02d}.in").write_text(data + "}\n")


def random_set(rng, n_products, n_changes, n_sales, days, unpriced_products=0):
    products = [[i, f"{rng.choice(WORDS)} {i}"] for i in range(1, n_products + 1)]
    priced = n_products - unpriced_products  # the last products never get a price
    seen = set()
    while len(seen) < n_changes:
        seen.add((rng.randint(1, priced), rng.randint(0, days)))
    order = sorted(seen)
    rng.shuffle(order)
    ids = rng.sample(range(1, 5 * n_changes), n_changes)
    changes = [[ids[i], p, day(d), rng.randint(50, 99999) / 100] for i, (p, d) in enumerate(order)]
    sales = [[i, rng.randint(1, n_products), day(rng.randint(0, days)), rng.randint(1, 12)]
             for i in range(1, n_sales + 1)]
    return products, changes, sales


rng = random.Random(20260602)
# 01: nothing at all
write(1, [], [], [])
# 02: products and prices, but no sale
write(2, [[1, "bolt"], [2, "nut"]], [[1, 1, "2024-01-01", 0.25], [2, 2, "2024-01-01", 0.10]], [])
# 03: sales on the day of a change, the day before it, before the first change; a product never priced
write(3, [[1, "valve"], [2, "hose"], [3, "pump"]],
      [[10, 1, "2024-03-01", 5.00], [11, 1, "2024-03-10", 6.50], [12, 1, "2024-02-01", 4.00], [13, 2, "2024-05-05", 19.99]],
      [[1, 1, "2024-01-31", 3], [2, 1, "2024-02-01", 1], [3, 1, "2024-03-09", 2], [4, 1, "2024-03-10", 4],
       [5, 1, "2025-01-01", 1], [6, 2, "2024-05-04", 7], [7, 3, "2024-06-01", 2], [8, 2, "2024-05-05", 1]])
# 04: every sale before any price
write(4, [[1, "gear"]], [[1, 1, "2024-12-31", 9.99]], [[1, 1, "2024-01-01", 5], [2, 1, "2024-12-30", 1]])
# 05: a single sale and a single price
write(5, [[5, "belt"]], [[50, 5, "2023-07-07", 12.34]], [[500, 5, "2023-07-07", 3]])
# 06: a few hundred products
write(6, *random_set(rng, 60, 900, 4000, 700, unpriced_products=3))
# 07, 08: the large ones
write(7, *random_set(rng, 1000, 20000, 70000, 1800))
write(8, *random_set(rng, 3000, 15000, 60000, 1500, unpriced_products=200))
