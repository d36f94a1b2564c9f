# Scans t while matching against s, but on a mismatch restarts the match from the
# beginning of s instead of falling back properly (a "greedy" substring scan).
import sys
data = sys.stdin.buffer.read().split()
s, t = data[0], data[1]
best = 0
pos = {}
for i, c in enumerate(s):
    pos.setdefault(c, i)
i = -1
cur = 0
for c in t:
    if i >= 0 and i + 1 < len(s) and s[i + 1] == c:
        i += 1
        cur += 1
    elif c in pos:
        i = pos[c]
        cur = 1
    else:
        i = -1
        cur = 0
    best = max(best, cur)
print(best)
