# Correct but O(n^2): longest chain of compatible slots by dynamic programming.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))
best = [1] * n
for i in range(n):
    li = v[i][1]
    b = 1
    for j in range(i):
        if v[j][0] <= li and best[j] + 1 > b:
            b = best[j] + 1
    best[i] = b
print(n - max(best))
