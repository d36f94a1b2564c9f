# Correct but quadratic: keeps the merged list unsorted and, for each new
# period, scans the whole list for overlaps. Disjoint input makes it O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
cur = []
for i in range(n):
    l, r = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    changed = True
    while changed:
        changed = False
        for j in range(len(cur)):
            a, b = cur[j]
            if a <= r and l <= b:
                l, r = min(l, a), max(r, b)
                cur.pop(j)
                changed = True
                break
    cur.append((l, r))
cur.sort()
print(len(cur))
print("\n".join("%d %d" % p for p in cur))
