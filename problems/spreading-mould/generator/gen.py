"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the crate as a JSON array of rows, each row an array of
one-character strings ('.', 'F' or 'M')."""

import json
import os
import random
import sys

random.seed(20240611)
MAX = 300


def random_grid(rows, cols, p_empty, p_mould):
    grid = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            x = random.random()
            row.append("." if x < p_empty else "M" if x < p_empty + p_mould else "F")
        grid.append(row)
    return grid


def clear_unreachable(grid):
    """Empty every fresh fruit the mould can never reach, so the answer is not -1."""
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    stack = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "M"]
    for r, c in stack:
        seen[r][c] = True
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and grid[nr][nc] == "F":
                seen[nr][nc] = True
                stack.append((nr, nc))
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "F" and not seen[r][c]:
                grid[r][c] = "."
    return grid


def snake(rows, cols):
    """One long serpentine corridor of fresh fruit, mould at its start."""
    grid = [["." for _ in range(cols)] for _ in range(rows)]
    for r in range(rows):
        if r % 2 == 0:
            for c in range(cols):
                grid[r][c] = "F"
        else:
            grid[r][cols - 1 if r % 4 == 1 else 0] = "F"
    grid[0][0] = "M"
    return grid


def spiral(n):
    """A square spiral corridor of fresh fruit winding inwards (walls one compartment
    thick), mould at the outer end."""
    grid = [["." for _ in range(n)] for _ in range(n)]
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]

    def free(r, c):
        return 0 <= r < n and 0 <= c < n and grid[r][c] == "."

    def can_step(r, c, d):
        dr, dc = dirs[d]
        nr, nc = r + dr, c + dc
        if not free(nr, nc):
            return False
        # keep one empty compartment between the corridor and its earlier part
        ar, ac = nr + dr, nc + dc
        return not (0 <= ar < n and 0 <= ac < n and grid[ar][ac] != ".")

    r, c, d = 0, 0, 0
    grid[0][0] = "F"
    while True:
        if not can_step(r, c, d):
            d = (d + 1) % 4
            if not can_step(r, c, d):
                break
        r, c = r + dirs[d][0], c + dirs[d][1]
        grid[r][c] = "F"
    grid[0][0] = "M"
    return grid


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one empty compartment (answer 0)
    tests.append([["."]])
    # smallest: one fresh fruit and no mould (answer -1)
    tests.append([["F"]])
    # small random crate with some empty compartments
    tests.append(random_grid(5, 7, 0.2, 0.1))
    # one row, mould at the left end, fresh fruit everywhere else
    tests.append([["M"] + ["F"] * (MAX - 1)])
    # one column with several mould sources and gaps
    tests.append(clear_unreachable([[ch] for ch in random_grid(1, MAX, 0.05, 0.02)[0]]))
    # largest: all fresh except one corner (answer rows + cols - 2)
    g = [["F"] * MAX for _ in range(MAX)]
    g[MAX - 1][MAX - 1] = "M"
    tests.append(g)
    # largest: everything already mouldy (answer 0)
    tests.append([["M"] * MAX for _ in range(MAX)])
    # largest: all fresh, no mould at all (answer -1)
    tests.append([["F"] * MAX for _ in range(MAX)])
    # adversarial for minute-by-minute simulation: a serpentine corridor, ~45000 minutes
    tests.append(snake(MAX, MAX))
    # a slightly narrower corridor plus one walled-in fresh fruit in the empty right
    # margin (answer -1 after a long spread)
    g = [row + [".", "."] for row in snake(MAX, MAX - 2)]
    g[1][MAX - 1] = "F"
    tests.append(g)
    # adversarial: an inward spiral corridor
    tests.append(spiral(MAX))
    # largest random crate, few empty compartments, a handful of mould sources
    tests.append(clear_unreachable(random_grid(MAX, MAX, 0.1, 0.0005)))
    # largest random crate with many mould sources
    tests.append(clear_unreachable(random_grid(MAX, MAX, 0.3, 0.05)))
    # wide and short random crate, dense empties (likely unreachable fruit)
    tests.append(random_grid(3, MAX, 0.45, 0.01))
    for i, grid in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(grid, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
