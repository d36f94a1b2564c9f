# Correct but O(n * max a): marks every stone reachable from every reachable stone.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
reach = [False] * n
reach[0] = True
for i in range(n):
    if reach[i]:
        for j in range(i + 1, min(n, i + a[i] + 1)):
            reach[j] = True
print("YES" if reach[n - 1] else "NO")
