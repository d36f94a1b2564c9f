# Correct but O(n^2) in the worst case: scans forward from every day.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
t = list(map(int, data[1:1 + n]))
ans = [0] * n
for i in range(n):
    for j in range(i + 1, n):
        if t[j] > t[i]:
            ans[i] = j - i
            break
print(" ".join(map(str, ans)))
