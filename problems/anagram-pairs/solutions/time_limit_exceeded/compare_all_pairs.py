# Compares the sorted letters of every pair of words: O(n^2).
import sys
data = sys.stdin.read().split()
n = int(data[0])
keys = ["".join(sorted(w)) for w in data[1:1 + n]]
ans = 0
for i in range(n):
    ki = keys[i]
    for j in range(i + 1, n):
        if keys[j] == ki:
            ans += 1
print(ans)
