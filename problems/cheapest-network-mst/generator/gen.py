"""Generates the hidden tests for cheapest-network-mst.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(31337)
if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []
C = 10 ** 6


def add(n, edges):
    random.shuffle(edges)
    tests.append("%d %d\n" % (n, len(edges)) + "".join("%d %d %d\n" % e for e in edges))


def connected_random(n, m, cmax):
    perm = list(range(1, n + 1))
    random.shuffle(perm)
    e = [(perm[i], perm[random.randrange(i)], random.randint(0, cmax)) for i in range(1, n)]
    e += [(random.randint(1, n), random.randint(1, n), random.randint(0, cmax)) for _ in range(m - (n - 1))]
    return e


N = 50000
add(1, [])                                              # single office
add(1, [(1, 1, 5)])                                     # only a useless loop
add(2, [])                                              # two offices, no routes
add(N, connected_random(N, 100000, C))                  # maximal random
add(N, [(i, i + 1, C) for i in range(1, N)] + [(1, 1, 0)] * 3)   # path of max cost: 4.99e10
add(N, connected_random(N, 60000, 3))                   # lots of ties
# two big clusters joined by one expensive route, cheap routes inside
h = N // 2
e = connected_random(h, 25000, 100)
e += [(a + h, b + h, c) for a, b, c in connected_random(h, 25000, 100)]
e.append((random.randint(1, h), random.randint(h + 1, N), C))
add(N, e)
# disconnected: one office left alone
e = connected_random(N - 1, 30000, C)
add(N, e)
# star with cheap spokes plus expensive cross links, and parallel routes
n = 20000
e = [(1, v, random.randint(0, 10)) for v in range(2, n + 1)]
e += [(random.randint(2, n), random.randint(2, n), random.randint(5, 1000)) for _ in range(20000)]
e += [(1, v, random.randint(0, 3)) for v in range(2, 2000)]
add(n, e)
add(6, connected_random(6, 10, 20))
add(50, connected_random(50, 120, 100))
for k, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % k)).write_text(t)
