# Correct but O(n * answer): grows a fresh window from every start position.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = data[1:1 + n]
best_len, best_start = 0, 0
for l in range(n):
    seen = set()
    r = l
    while r < n and a[r] not in seen:
        seen.add(a[r])
        r += 1
    if r - l > best_len:
        best_len, best_start = r - l, l
print(best_len, best_start + 1)
