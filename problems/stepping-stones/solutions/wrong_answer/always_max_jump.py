# Bug: always takes the longest possible jump, which can land on a dead stone
# that a shorter jump would have avoided.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
i = 0
while i < n - 1 and a[i] > 0:
    i += a[i]
print("YES" if i >= n - 1 else "NO")
