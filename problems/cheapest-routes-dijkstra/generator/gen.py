"""Generates the hidden tests for cheapest-routes-dijkstra.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(99881)
if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []
W = 10 ** 6


def add(n, edges, shuffle=True):
    if shuffle:
        random.shuffle(edges)
    tests.append("%d %d\n" % (n, len(edges)) + "".join("%d %d %d\n" % e for e in edges))


def rnd(n, m, wmax, wmin=0):
    return [(random.randint(1, n), random.randint(1, n), random.randint(wmin, wmax)) for _ in range(m)]


add(1, [])                                               # smallest
add(2, [(2, 1, 5)])                                      # only a road into the depot
# long chain of maximal cost listed backwards (sum ~5e10, overflows 32 bits),
# plus decoy roads that skip ahead but cost more
N = 50000
e = [(i, i + 1, W) for i in range(N - 1, 0, -1)]
e += [(i, min(N, i + random.randint(2, 50)), W * 60) for i in random.sample(range(1, N), 20000)]
add(N, e, shuffle=False)
add(N, rnd(N, 100000, W))                                # random, maximal size
# direct expensive edges from the depot, cheap detours (punishes finalising too early)
n = 3000
e = [(1, v, W) for v in range(2, n + 1)]
e += rnd(n, 25000, 1000)
add(n, e)
# layered graph with many equal-cost alternatives and zero-cost roads
layers, width = 300, 50
e = []
for L in range(layers - 1):
    for a in range(width):
        for _ in range(3):
            b = random.randrange(width)
            e.append((2 + L * width + a, 2 + (L + 1) * width + b, random.choice([0, 1, 2])))
e += [(1, 2 + a, random.randint(0, 5)) for a in range(width)]
add(2 + layers * width - 1, e)
# two halves, second one unreachable from the depot
n = 20000
e = [(random.randint(1, n // 2), random.randint(1, n // 2), random.randint(0, W)) for _ in range(20000)]
e += [(random.randint(n // 2 + 1, n), random.randint(1, n), random.randint(0, W)) for _ in range(10000)]
add(n, e)
# self loops and parallel roads
n = 1000
e = []
for _ in range(5000):
    u, v = random.randint(1, n), random.randint(1, n)
    e.append((u, v, random.randint(0, W)))
    e.append((u, v, random.randint(0, W)))
    e.append((u, u, random.randint(0, 10)))
add(n, e)
add(8, rnd(8, 15, 20))
add(30, rnd(30, 60, 100, 1))
for k, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % k)).write_text(t)
