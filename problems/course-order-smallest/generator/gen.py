"""Generates the hidden tests for course-order-smallest.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(5150)
if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []


def add(n, edges):
    tests.append("%d %d\n" % (n, len(edges)) + "".join("%d %d\n" % e for e in edges))


def random_dag(n, m):
    perm = list(range(1, n + 1))
    random.shuffle(perm)
    e = []
    for _ in range(m):
        i, j = random.sample(range(n), 2)
        if i > j:
            i, j = j, i
        e.append((perm[i], perm[j]))
    return e


N = 100000
add(1, [])                                              # smallest
add(1, [(1, 1)])                                        # self rule
add(N, [])                                              # no rules: 1..n
add(N, [(i + 1, i) for i in range(N - 1, 0, -1)])       # forced order n, n-1, ..., 1
add(N, random_dag(N, 60000))                                # random DAG
e = random_dag(N, 40000)
a, b = e[0]
e.append((b, a))                                        # one back edge -> cycle
random.shuffle(e)
add(N, e)
# FIFO Kahn differs from the smallest order here: a big fan-out early
n = 40000
e = [(1, v) for v in range(n, 20000, -1)] + [(v, v - 1) for v in range(20000, 2, -1)]
add(n, e)
# duplicated rules
e = random_dag(2000, 20000)
add(2000, e + e[:10000])
# cycle deep inside, rest fine
n = 50000
e = [(i, i + 1) for i in range(1, n)] + [(n, n - 40000)]
add(n, e)
add(10, random_dag(10, 12))
add(40, random_dag(40, 60))
for k, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % k)).write_text(t)
