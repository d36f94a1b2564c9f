# Correct but O(n^2): checks every pair.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
c = 0
for i in range(n):
    x = a[i]
    for j in range(i + 1, n):
        if x > a[j]:
            c += 1
print(c)
