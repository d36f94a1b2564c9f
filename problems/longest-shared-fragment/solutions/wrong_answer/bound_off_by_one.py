# Suffix automaton is right, but the answer is capped at min(|s|, |t|) - 1 by a
# mis-remembered binary-search style bound.
import sys
data = sys.stdin.buffer.read().split()
s, t = data[0], data[1]
if len(s) > len(t):
    s, t = t, s
nxt = [{}]; link = [-1]; length = [0]; last = 0
for c in s:
    cur = len(length); length.append(length[last] + 1); link.append(-1); nxt.append({})
    p = last
    while p != -1 and c not in nxt[p]:
        nxt[p][c] = cur; p = link[p]
    if p == -1:
        link[cur] = 0
    else:
        q = nxt[p][c]
        if length[p] + 1 == length[q]:
            link[cur] = q
        else:
            clone = len(length); length.append(length[p] + 1); link.append(link[q]); nxt.append(nxt[q].copy())
            while p != -1 and nxt[p].get(c) == q:
                nxt[p][c] = clone; p = link[p]
            link[q] = clone; link[cur] = clone
    last = cur
v = 0; cur_len = 0; best = 0
for c in t:
    while v != -1 and c not in nxt[v]:
        v = link[v]
    if v == -1:
        v = 0; cur_len = 0; continue
    cur_len = min(cur_len, length[v]) + 1
    v = nxt[v][c]
    best = max(best, cur_len)
print(min(best, len(s) - 1))
