"""Generates the hidden inputs for storm-road-closures. Deterministic (fixed seed).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(1906)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []


def add(n, edges, closures):
    tests.append("%d %d\n" % (n, len(edges)) + "".join("%d %d\n" % e for e in edges)
                 + "%d\n" % len(closures) + " ".join(map(str, closures)) + "\n")


def rnd_edge(n):
    a = random.randint(1, n)
    b = random.randint(1, n - 1)
    if b >= a:
        b += 1
    return (a, b)


def connected(n, m):
    perm = list(range(1, n + 1))
    random.shuffle(perm)
    e = [(perm[i], perm[random.randrange(i)]) for i in range(1, n)]
    e += [rnd_edge(n) for _ in range(m - (n - 1))]
    random.shuffle(e)
    return e


N = 50000
add(2, [(1, 2)], [1])                                    # smallest
add(2, [(1, 2), (2, 1), (1, 2)], [2, 3, 1])              # parallel roads
# maximal: random connected graph, close half of the roads
e = connected(N, 100000)
add(N, e, random.sample(range(1, 100001), 50000))
# a path closed from one end: every closure splits off one village
e = [(i, i + 1) for i in range(1, N)]
add(N, e, list(range(1, N)))
# a cycle: first closure changes nothing, the rest split
n = 30000
e = [(i, i % n + 1) for i in range(1, n + 1)]
add(n, e, random.sample(range(1, n + 1), n))
# dense random graph, close every road
n = 2000
e = [rnd_edge(n) for _ in range(40000)]
add(n, e, random.sample(range(1, 40001), 40000))
# star: closing spokes
n = 30000
e = [(1, v) for v in range(2, n + 1)]
add(n, e, random.sample(range(1, n), 10000))
# few closures on a big graph (answers barely change)
e = connected(N, 60000)
add(N, e, random.sample(range(1, 60001), 5))
add(6, [rnd_edge(6) for _ in range(9)], random.sample(range(1, 10), 9))
add(20, [rnd_edge(20) for _ in range(30)], random.sample(range(1, 31), 20))
for k, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % k)).write_text(t)
