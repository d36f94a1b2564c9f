"""Hidden-test generator for maze-escape-steps.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(7331)
if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []


def add(g):
    tests.append("%d %d\n" % (len(g), len(g[0])) + "".join("".join(r) + "\n" for r in g))


def place(g, si, sj, ei, ej):
    g[si][sj] = "S"
    g[ei][ej] = "E"
    return g


def rnd(n, m, p):
    g = [["#" if random.random() < p else "." for _ in range(m)] for _ in range(n)]
    cells = random.sample(range(n * m), 2)
    return place(g, cells[0] // m, cells[0] % m, cells[1] // m, cells[1] % m)


add([["S", "E"]])                                  # smallest, adjacent
add([["S"], ["#"], ["E"]])                         # blocked single column
add(place([["." for _ in range(800)] for _ in range(800)], 0, 0, 799, 799))  # open field
# serpentine corridor: one very long path across the whole grid
n = m = 1000
g = [["." for _ in range(m)] for _ in range(n)]
for i in range(1, n, 2):
    for j in range(m):
        g[i][j] = "#"
    if i % 4 == 1:
        g[i][m - 1] = "."
    else:
        g[i][0] = "."
add(place(g, 0, 0, n - 1, 0 if (n - 1) % 4 == 0 else m - 1))
# vertical serpentine (long right-to-left stretches are bad for sweeping)
g = [["." for _ in range(m)] for _ in range(n)]
for j in range(1, m, 2):
    for i in range(n):
        g[i][j] = "#"
    if j % 4 == 1:
        g[n - 1][j] = "."
    else:
        g[0][j] = "."
add(place(g, 0, m - 1, 0, 0))
add(rnd(1000, 1000, 0.3))
add(rnd(700, 700, 0.4))
add(rnd(700, 700, 0.45))
# exit sealed in a box
g = [["#" if random.random() < 0.2 else "." for _ in range(600)] for _ in range(600)]
for i in range(298, 303):
    for j in range(298, 303):
        g[i][j] = "#"
add(place(g, 0, 0, 300, 300))
add(rnd(1, 1000, 0.05))
add(rnd(1000, 1, 0.0))
add(rnd(40, 70, 0.35))
for k, t in enumerate(tests, 1):
    assert t.count("S") == 1 and t.count("E") == 1
    (OUT / ("%02d.in" % k)).write_text(t)
