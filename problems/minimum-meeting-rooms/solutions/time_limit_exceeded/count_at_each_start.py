# Correct but O(n^2): for every start time counts the meetings running then.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
m = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
best = 0
for s, _ in m:
    c = 0
    for a, b in m:
        if a <= s < b:
            c += 1
    best = max(best, c)
print(best)
