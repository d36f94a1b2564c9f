# Erases each character in turn and checks the remainder: O(n^2).
import sys
s = sys.stdin.readline().strip()
ans = s == s[::-1]
for k in range(len(s)):
    if ans:
        break
    t = s[:k] + s[k + 1:]
    if t == t[::-1]:
        ans = True
print("YES" if ans else "NO")
