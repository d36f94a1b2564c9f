# Counts the occurrences of each position's letter with an explicit scan: O(n^2).
import sys
s = sys.stdin.readline().strip()
n = len(s)
ans = -1
for i in range(n):
    c = s[i]
    k = 0
    for j in range(n):
        if s[j] == c:
            k += 1
    if k == 1:
        ans = i + 1
        break
print(ans)
