# Tries every triple of positions: O(n^3).
import sys
data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
found = set()
for i in range(n):
    for j in range(i + 1, n):
        for k in range(j + 1, n):
            if a[i] + a[j] + a[k] == t:
                found.add((a[i], a[j], a[k]))
print(len(found))
