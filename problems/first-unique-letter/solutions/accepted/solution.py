import sys
from collections import Counter
s = sys.stdin.readline().strip()
cnt = Counter(s)
ans = -1
for i, c in enumerate(s):
    if cnt[c] == 1:
        ans = i + 1
        break
print(ans)
