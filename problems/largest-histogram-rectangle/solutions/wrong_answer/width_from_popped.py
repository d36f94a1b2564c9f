# Wrong: measures the width from the popped bar itself instead of from the bar
# below it on the stack, missing the part of the rectangle extending left.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n])) + [0]
stack = []
best = 0
for i in range(n + 1):
    while stack and h[stack[-1]] >= h[i]:
        j = stack.pop()
        best = max(best, h[j] * (i - j))
    stack.append(i)
print(best)
