# Wrong: forgets to pop the bars still on the stack after the last building,
# so rectangles that reach the right end of the street are never counted.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n]))
stack = []
best = 0
for i in range(n):
    while stack and h[stack[-1]] >= h[i]:
        j = stack.pop()
        left = stack[-1] + 1 if stack else 0
        best = max(best, h[j] * (i - left))
    stack.append(i)
print(best)
