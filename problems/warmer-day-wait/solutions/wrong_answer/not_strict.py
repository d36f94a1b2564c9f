# Wrong: treats a day with the same temperature as warmer (pops on <=).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
t = list(map(int, data[1:1 + n]))
ans = [0] * n
stack = []
for i in range(n):
    while stack and t[stack[-1]] <= t[i]:
        j = stack.pop()
        ans[j] = i - j
    stack.append(i)
print(" ".join(map(str, ans)))
