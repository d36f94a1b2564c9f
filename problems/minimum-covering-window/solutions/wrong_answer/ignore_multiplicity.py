# Wrong: treats t as a set of letters, ignoring how many times each one occurs.
import sys

data = sys.stdin.read().split()
s, t = data[0], data[1]
n = len(s)
need = {c: 1 for c in set(t)}
missing = len(need)
left = 0
best_len, best_start = n + 1, -1
for right in range(n):
    c = s[right]
    if c in need:
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
    while missing == 0:
        if right - left + 1 < best_len:
            best_len, best_start = right - left + 1, left
        d = s[left]
        if d in need:
            need[d] += 1
            if need[d] > 0:
                missing += 1
        left += 1
print(-1 if best_start < 0 else f"{best_start + 1} {best_len}")
