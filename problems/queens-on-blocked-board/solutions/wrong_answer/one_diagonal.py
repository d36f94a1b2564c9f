# Bug: only checks one diagonal direction, so queens on an anti-diagonal are
# wrongly allowed.
import sys

data = sys.stdin.read().split()
n = int(data[0])
rows = data[1:1 + n]
count = 0


def go(r, cols, diag):
    global count
    if r == n:
        count += 1
        return
    for c in range(n):
        if rows[r][c] == '.' and c not in cols and (r - c) not in diag:
            cols.add(c)
            diag.add(r - c)
            go(r + 1, cols, diag)
            cols.discard(c)
            diag.discard(r - c)


go(0, set(), set())
print(count)
