# Wrong: jumps the left end to (previous occurrence + 1) even when that previous
# occurrence is already outside the window, so the window can grow backwards.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
last = {}
left = 0
best_len, best_start = 0, 0
for i in range(n):
    x = data[1 + i]
    if x in last:
        left = last[x] + 1
    last[x] = i
    if i - left + 1 > best_len:
        best_len = i - left + 1
        best_start = left
print(best_len, best_start + 1)
