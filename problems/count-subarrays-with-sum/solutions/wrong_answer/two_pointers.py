# Wrong: a shrinking/growing window, which is only valid for positive values.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
total = 0
left = 0
s = 0
for right in range(n):
    s += a[right]
    while left <= right and s > k:
        s -= a[left]
        left += 1
    if s == k and left <= right:
        total += 1
print(total)
