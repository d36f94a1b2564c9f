# Correct but O(n! * n^2): tries every permutation of columns, then checks it.
import sys
from itertools import permutations

data = sys.stdin.read().split()
n = int(data[0])
rows = data[1:1 + n]
count = 0
for p in permutations(range(n)):
    ok = True
    for r in range(n):
        if rows[r][p[r]] == '#':
            ok = False
            break
    if not ok:
        continue
    for i in range(n):
        for j in range(i + 1, n):
            if abs(p[i] - p[j]) == j - i:
                ok = False
                break
        if not ok:
            break
    if ok:
        count += 1
print(count)
