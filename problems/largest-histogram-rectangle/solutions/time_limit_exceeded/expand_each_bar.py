# Correct but O(n^2) in the worst case: for every bar, walks left and right
# while the neighbours are at least as tall.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n]))
best = 0
for i in range(n):
    x = h[i]
    l = i
    while l > 0 and h[l - 1] >= x:
        l -= 1
    r = i
    while r < n - 1 and h[r + 1] >= x:
        r += 1
    best = max(best, x * (r - l + 1))
print(best)
