# Correct but O(n * q): scans the whole list for every query.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for tok in data[2 + n:2 + n + q]:
    x = int(tok)
    first = last = -1
    for i in range(n):
        if a[i] == x:
            if first < 0:
                first = i + 1
            last = i + 1
    out.append("%d %d" % (first, last))
print("\n".join(out))
