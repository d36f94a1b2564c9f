"""Generates the hidden tests for dag-path-count.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(7312026)
if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []


def add(n, edges, shuffle=True):
    edges = list(edges)
    if shuffle:
        random.shuffle(edges)
    tests.append("%d %d\n" % (n, len(edges)) + "".join("%d %d\n" % e for e in edges))


def relabel(n, edges):
    """Random labels, keeping 1 and n fixed; the topological order is hidden."""
    mid = list(range(2, n))
    random.shuffle(mid)
    lab = [0, 1] + mid + [n]
    return [(lab[u], lab[v]) for u, v in edges]


add(2, [])                                   # smallest, unreachable
add(2, [(1, 2)])                             # smallest, one route
add(3, [(2, 1), (3, 2)])                     # edges point the wrong way: 0
# long chain: 1 -> 2 -> ... -> n
n = 50000
add(n, relabel(n, [(i, i + 1) for i in range(1, n)]))
# ladder of diamonds: 2^k routes, far beyond the modulus, exponential for enumeration
k = 12000
edges = []
for i in range(k):
    a, b, c = 3 * i + 1, 3 * i + 2, 3 * i + 3
    edges += [(a, b), (a, c), (b, a + 3), (c, a + 3)]
n = 3 * k + 1
add(n, relabel(n, edges))
# layered: each node of a layer to each node of the next (width 3)
w, layers = 3, 3000
edges = []
def node(l, j):
    return 2 + l * w + j
n = layers * w + 2
for j in range(w):
    edges.append((1, node(0, j)))
    edges.append((node(layers - 1, j), n))
for l in range(layers - 1):
    for a in range(w):
        for b in range(w):
            edges.append((node(l, a), node(l + 1, b)))
add(n, relabel(n, edges))
# random DAGs of various density, edges go from smaller to larger hidden rank
for n, m in [(10, 20), (1000, 5000), (50000, 100000), (20000, 100000)]:
    es = set()
    while len(es) < m:
        u = random.randint(1, n - 1)
        v = min(n, u + random.randint(1, 30))
        es.add((u, v))
    add(n, relabel(n, es))
# many nodes unreachable from 1, but reaching n
n = 30000
es = set((u, u + 1) for u in range(2, n))
while len(es) < 60000:
    u = random.randint(2, n - 1)
    es.add((u, random.randint(u + 1, n)))
add(n, relabel(n, es))
# dense small DAG: complete DAG on 400 nodes
n = 300
add(n, relabel(n, [(u, v) for u in range(1, n + 1) for v in range(u + 1, n + 1)]))

for i, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % i)).write_text(t)
