# Walks every route one by one with an explicit stack: exponential.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
count = 0
stack = [1]
while stack:
    u = stack.pop()
    if u == n:
        count += 1
        continue
    stack.extend(adj[u])
print(count % 1_000_000_007)
