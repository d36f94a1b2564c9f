import sys


def main():
    data = sys.stdin.buffer.read().split()
    s, t = data[0], data[1]
    if len(s) > len(t):
        s, t = t, s
    # suffix automaton of s
    nxt = [{}]
    link = [-1]
    length = [0]
    last = 0
    for c in s:
        cur = len(length)
        length.append(length[last] + 1)
        link.append(-1)
        nxt.append({})
        p = last
        while p != -1 and c not in nxt[p]:
            nxt[p][c] = cur
            p = link[p]
        if p == -1:
            link[cur] = 0
        else:
            q = nxt[p][c]
            if length[p] + 1 == length[q]:
                link[cur] = q
            else:
                clone = len(length)
                length.append(length[p] + 1)
                link.append(link[q])
                nxt.append(nxt[q].copy())
                while p != -1 and nxt[p].get(c) == q:
                    nxt[p][c] = clone
                    p = link[p]
                link[q] = clone
                link[cur] = clone
        last = cur
    # walk t through the automaton
    v = 0
    cur_len = 0
    best = 0
    for c in t:
        d = nxt[v]
        if c in d:
            v = d[c]
            cur_len += 1
        else:
            while v != -1 and c not in nxt[v]:
                v = link[v]
            if v == -1:
                v = 0
                cur_len = 0
                continue
            cur_len = length[v] + 1
            v = nxt[v][c]
        if cur_len > best:
            best = cur_len
    print(best)


main()
