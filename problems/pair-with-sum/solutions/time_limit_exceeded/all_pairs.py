# Correct but O(n^2): far too slow for n = 2*10^5.
import sys

data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
for i in range(n):
    for j in range(i + 1, n):
        if a[i] + a[j] == target:
            print(i + 1, j + 1)
            sys.exit(0)
print(-1)
