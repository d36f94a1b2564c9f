# Correct but O(|s|^2) in the worst case: from every start position, extends
# to the right until the piece covers t.
import sys

data = sys.stdin.read().split()
s, t = data[0], data[1]
n = len(s)
base = {}
for c in t:
    base[c] = base.get(c, 0) + 1
best_len, best_start = n + 1, -1
for l in range(n):
    need = dict(base)
    missing = len(t)
    for r in range(l, n):
        c = s[r]
        if c in need:
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                if r - l + 1 < best_len:
                    best_len, best_start = r - l + 1, l
                break
print(-1 if best_start < 0 else f"{best_start + 1} {best_len}")
