# Walks upward from every value, not only from the starts of runs: O(n^2) on one long run.
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
s = set(a)
best = 0
for x in a:
    y = x
    while y in s:
        y += 1
    best = max(best, y - x)
print(best)
