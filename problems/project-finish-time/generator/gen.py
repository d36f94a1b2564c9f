"""Hidden-test generator for project-finish-time.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(8080)
if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []
D = 10 ** 9


def add(d, edges):
    tests.append("%d %d\n" % (len(d), len(edges)) + " ".join(map(str, d)) + "\n"
                 + "".join("%d %d\n" % e for e in edges))


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


def durs(n, lo=1, hi=D):
    return [random.randint(lo, hi) for _ in range(n)]


N = 50000
add([7], [])                                             # smallest
add([5], [(1, 1)])                                       # self dependency
add([D] * N, [(i, i + 1) for i in range(N - 1, 0, -1)])  # one long chain, listed backwards: 1e14
add(durs(N), [])                                         # all independent: max duration
add(durs(N), random_dag(N, 80000))                           # random DAG
# many short routes and one long route to the same final task
n = 50000
d = [1] * n
e = [(1, v) for v in range(2, 25000)] + [(v, n) for v in range(2, 25000)]
e += [(v, v + 1) for v in range(25000, n - 1)] + [(1, 25000)]
random.shuffle(e)
add(d, e)
# random DAG with a single back edge -> cycle
e = random_dag(N, 50000)
a, b = e[0]
e.append((b, a))
random.shuffle(e)
add(durs(N, 1, 1000), e)
# ladder: every level depends on both tasks of the previous level
levels = 5000
e = []
for L in range(levels - 1):
    for x in (0, 1):
        for y in (0, 1):
            e.append((2 * L + 1 + x, 2 * L + 3 + y))
e += e[:1000]                                            # duplicates
add(durs(2 * levels, 1, 1000), e)
add(durs(12, 1, 9), random_dag(12, 20))
add(durs(300, 1, 100), random_dag(300, 1000))
for k, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % k)).write_text(t)
