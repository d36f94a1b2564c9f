"""Hidden-test generator for network-links-components.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(4242)
if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []


def add(n, edges):
    tests.append("%d %d\n" % (n, len(edges)) + "".join("%d %d\n" % e for e in edges))


def rnd_edge(n):
    a = random.randint(1, n)
    b = random.randint(1, n - 1)
    if b >= a:
        b += 1
    return (a, b)


N = 100000
add(2, [(1, 2)])                                          # smallest
add(2, [(2, 1)] * 5)                                      # repeated cable
add(N, [(i, i + 1) for i in range(1, N)] + [(1, N)])      # a path, then a cycle-closing cable (q = n)
M = 20000
add(M, [(i + 1, i) for i in range(M - 1, 0, -1)] + [(M, 1)])   # path built from the far end
add(N, [(1, i) for i in range(2, 20001)])                 # partial star, huge n
add(N, [rnd_edge(N) for _ in range(60000)])               # random, stays fragmented
add(1000, [rnd_edge(1000) for _ in range(20000)])         # dense, many redundant cables
# many redundant cables among a small group, then merges
e = [rnd_edge(50) for _ in range(10000)] + [rnd_edge(20000) for _ in range(15000)]
add(20000, e)
# pairs then pairs of pairs ... (balanced merging)
e = []
step = 1
while step < 16384:
    for i in range(1, 16385 - step, 2 * step):
        e.append((i, i + step))
    step *= 2
add(16384, e)
add(N, [rnd_edge(N) for _ in range(10)])                  # few cables, huge n
add(7, [rnd_edge(7) for _ in range(20)])
for k, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % k)).write_text(t)
