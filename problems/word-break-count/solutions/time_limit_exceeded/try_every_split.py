# Backtracking over every split without remembering results: exponential.
import sys

data = sys.stdin.buffer.read().split()
s = data[0]
k = int(data[1])
words = set(data[2:2 + k])
n = len(s)
count = 0
stack = [0]
while stack:
    i = stack.pop()
    if i == n:
        count += 1
        continue
    for L in range(1, 21):
        if i + L <= n and s[i:i + L] in words:
            stack.append(i + L)
print(count % 1_000_000_007)
