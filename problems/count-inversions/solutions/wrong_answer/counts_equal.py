# Bug: the merge takes the right element on ties, so equal values are counted
# as inversions.
import sys

sys.setrecursionlimit(10000)


def sc(a):
    if len(a) <= 1:
        return a, 0
    m = len(a) // 2
    l, x = sc(a[:m])
    r, y = sc(a[m:])
    out, i, j, c = [], 0, 0, x + y
    while i < len(l) and j < len(r):
        if l[i] < r[j]:
            out.append(l[i]); i += 1
        else:
            c += len(l) - i
            out.append(r[j]); j += 1
    out += l[i:] + r[j:]
    return out, c


data = sys.stdin.buffer.read().split()
n = int(data[0])
print(sc(list(map(int, data[1:1 + n])))[1])
