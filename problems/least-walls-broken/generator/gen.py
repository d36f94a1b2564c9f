"""Hidden-test generator for least-walls-broken.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(6174)
if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []


def add(g):
    tests.append("%d %d\n" % (len(g), len(g[0])) + "".join("".join(r) + "\n" for r in g))


def rnd(n, m, p_wall, p_rock):
    g = []
    for _ in range(n):
        row = []
        for _ in range(m):
            x = random.random()
            row.append("#" if x < p_wall else "@" if x < p_wall + p_rock else ".")
        g.append(row)
    return g


def place(g, s, e):
    g[s[0]][s[1]] = "S"
    g[e[0]][e[1]] = "E"
    return g


N = 800
add([["S", "E"]])                                          # smallest
add(place([["@", "@", "@"], ["@", ".", "@"], ["@", "@", "."]], (1, 1), (2, 2)))  # boxed in
add(place([["#"] * N for _ in range(N)], (0, 0), (N - 1, N - 1)))               # all rubble
# long free serpentine with thin rubble separators: drilling straight down is cheapest
g = [["." for _ in range(N)] for _ in range(N)]
for i in range(1, N, 2):
    for j in range(N):
        g[i][j] = "#"
    g[i][N - 1 if i % 4 == 1 else 0] = "."
add(place(g, (0, 0), (N - 2, 0)))
add(place(rnd(N, N, 0.35, 0.15), (0, 0), (N - 1, N - 1)))
# serpentine rock corridors filled with random rubble: the route is forced and long
g = [["#" if random.random() < 0.3 else "." for _ in range(N)] for _ in range(N)]
for i in range(1, N, 2):
    for j in range(N):
        g[i][j] = "@"
    g[i][N - 1 if i % 4 == 1 else 0] = "#"
add(place(g, (0, 0), (N - 2, 0 if (N - 2) % 4 == 0 else N - 1)))
# miner sealed in rock
g = rnd(N, N, 0.3, 0.1)
for i in range(397, 404):
    for j in range(397, 404):
        g[i][j] = "@"
for i in range(398, 403):
    for j in range(398, 403):
        g[i][j] = "."
add(place(g, (0, 0), (400, 400)))
add(place(rnd(N, N, 0.7, 0.05), (N - 1, 0), (0, N - 1)))  # mostly rubble
add(place(rnd(1, N, 0.5, 0.0), (0, 0), (0, N - 1)))        # single row
add(place(rnd(N, 1, 0.3, 0.0), (N - 1, 0), (0, 0)))        # single column
add(place(rnd(30, 40, 0.4, 0.2), (3, 5), (25, 33)))
for k, t in enumerate(tests, 1):
    assert t.count("S") == 1 and t.count("E") == 1
    (OUT / ("%02d.in" % k)).write_text(t)
