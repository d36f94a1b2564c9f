# Only checks whether the letter appears again later, forgetting earlier occurrences.
import sys
s = sys.stdin.readline().strip()
ans = -1
for i, c in enumerate(s):
    if s.find(c, i + 1) == -1:
        ans = i + 1
        break
print(ans)
