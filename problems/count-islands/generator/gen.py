"""Generates the hidden tests for count-islands.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

random.seed(20261124)
if len(sys.argv) != 2:
    sys.exit("usage: python3 gen.py OUTDIR")
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
tests = []


def add(grid):
    tests.append("%d %d\n" % (len(grid), len(grid[0])) + "".join(row + "\n" for row in grid))


def rnd(n, m, p):
    return ["".join("#" if random.random() < p else "." for _ in range(m)) for _ in range(n)]


add(["."])                                   # smallest, no land
add(["#"])                                   # smallest, one island
add(["." * 500 for _ in range(500)])         # all water
add(["#" * 500 for _ in range(500)])         # one giant island
# checkerboard: every land cell is its own island (diagonals do not connect)
add(["".join("#" if (i + j) % 2 == 0 else "." for j in range(500)) for i in range(500)])
# serpentine: one long winding island (deep for recursive DFS)
snake = []
for i in range(500):
    if i % 2 == 0:
        snake.append("#" * 500)
    elif i % 4 == 1:
        snake.append("." * 499 + "#")
    else:
        snake.append("#" + "." * 499)
add(snake)
add(rnd(500, 500, 0.3))
add(rnd(500, 500, 0.5))
add(rnd(500, 500, 0.6))
add(rnd(1, 500, 0.5))                        # single row
add(["#" if random.random() < 0.5 else "." for _ in range(500)])  # single column
# vertical stripes with diagonal bridges that must not join
stripes = ["".join("#" if j % 3 == 0 else "." for j in range(500)) for _ in range(500)]
add(stripes)
add(rnd(137, 411, 0.45))
for k, t in enumerate(tests, 1):
    (OUT / ("%02d.in" % k)).write_text(t)
