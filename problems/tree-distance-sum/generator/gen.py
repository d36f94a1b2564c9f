"""Generates the hidden inputs for tree-distance-sum. Deterministic (fixed seed).

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(31112026)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []
N = 100000


def add(n, par):
    """par[i] for i in 1..n-1 (0-based, < i); labels and edge order are shuffled."""
    lab = list(range(1, n + 1))
    random.shuffle(lab)
    edges = []
    for i in range(1, n):
        a, b = lab[i], lab[par[i]]
        if random.random() < 0.5:
            a, b = b, a
        edges.append((a, b))
    random.shuffle(edges)
    tests.append("%d\n" % n + "".join("%d %d\n" % e for e in edges))


add(1, [])                                               # single house
add(2, [0, 0])                                           # one path
add(N, [0] + [i - 1 for i in range(1, N)])               # path graph: largest answer, deep
add(50000, [0] * 50000)                                          # star
add(60000, [0] + [(i - 1) // 2 for i in range(1, 60000)])        # complete binary tree
add(40000, [0] + [random.randrange(i) for i in range(1, 40000)])   # random recursive tree
add(40000, [0] + [max(0, i - random.randint(1, 5)) for i in range(1, 40000)])  # long and thin
# caterpillar: a spine with leaves
n = 50000
add(n, [0] + [(i - 1 if i % 2 else i - 2) if i > 1 else 0 for i in range(1, n)])
# two stars joined by a long path
n = 40000
par = [0] * n
for i in range(1, 10000):
    par[i] = 0
for i in range(10000, 30000):
    par[i] = i - 1 if i > 10000 else 0
for i in range(30000, n):
    par[i] = 29999
add(n, par)
add(10, [0] + [random.randrange(i) for i in range(1, 10)])
add(3000, [0] + [random.randrange(i) for i in range(1, 3000)])

for i, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % i)).write_text(t)
