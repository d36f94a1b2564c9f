"""Hidden-test generator for grid-paths-blocked.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(1618)


def free(r, c):
    return [["."] * c for _ in range(r)]


def rand(r, c, p):
    g = [["#" if rng.random() < p else "." for _ in range(c)] for _ in range(r)]
    return g


cases = []
cases.append(free(1, 1))
g = free(1, 1); g[0][0] = "#"; cases.append(g)
g = free(1, 1000); cases.append(g)                     # single row
g = free(1000, 1); g[500][0] = "#"; cases.append(g)    # single column cut
g = free(18, 18); cases.append(g)                      # small but too many routes to walk
cases.append(free(1000, 1000))                         # empty big grid
g = rand(1000, 1000, 0.1); g[0][0] = g[-1][-1] = "."; cases.append(g)
g = rand(700, 700, 0.2); g[0][0] = g[-1][-1] = "."; cases.append(g)
g = free(1000, 1000); g[0][3] = "#"; g[7][0] = "#"; cases.append(g)  # rocks on the border
g = free(1000, 400); g[999][399] = "#"; cases.append(g)              # target blocked
g = free(1000, 1000)
for j in range(0, 999):
    g[500][j] = "#"                                     # wall with a single gap at the right
cases.append(g)
g = rand(300, 700, 0.05); g[0][0] = g[-1][-1] = "."; g[0][1] = "#"; cases.append(g)
for i, g in enumerate(cases, 1):
    with open(OUT / f"{i:02d}.in", "w") as f:
        f.write(f"{len(g)} {len(g[0])}\n")
        for row in g:
            f.write("".join(row) + "\n")
