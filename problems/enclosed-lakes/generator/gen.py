"""Hidden-test generator for enclosed-lakes.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(11242026)
if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []
N = 700


def add(grid):
    tests.append("%d %d\n" % (len(grid), len(grid[0])) + "".join(row + "\n" for row in grid))


def rnd(n, m, p):
    return ["".join("#" if random.random() < p else "." for _ in range(m)) for _ in range(n)]


def walled(inner):
    m = len(inner[0]) + 2
    return ["#" * m] + ["#" + r + "#" for r in inner] + ["#" * m]


add(["."])                                    # smallest, open
add(["#"])                                    # smallest, hedge
add(["#.#" , "..."])                          # too thin for lakes
add(walled(["."]))                            # one tiny lake
add(walled(["." * (N - 2)] * (N - 2)))        # one giant lake: slow for per-cell flooding
add(["." * N] * N)                            # all open, drains
add(["#" * N] * N)                            # all hedge
# lattice of 1x1 lakes
add(["#" * N if i % 2 == 0 else "".join("." if j % 2 else "#" for j in range(N)) for i in range(N)])
# serpentine lake (deep DFS), closed on all sides
inner = []
for i in range(N - 2):
    if i % 2 == 0:
        inner.append("." * (N - 2))
    elif i % 4 == 1:
        inner.append("#" * (N - 3) + ".")
    else:
        inner.append("." + "#" * (N - 3))
add(walled(inner))
# same serpentine but with a leak on the bottom-right edge
g = walled(inner)
g[-1] = g[-1][:-2] + ".#"
g[-2] = g[-2][:-1] + "."
add(g)
# random densities
add(rnd(N, N, 0.45))
add(rnd(N, N, 0.6))
add(rnd(N, 300, 0.55))
add(rnd(50, 60, 0.5))
# puddles that touch only the right or bottom edge
g = [list(r) for r in rnd(N, N, 0.5)]
for i in range(N):
    g[i][0] = "#"
for j in range(N):
    g[0][j] = "#"
add(["".join(r) for r in g])

for i, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % i)).write_text(t)
