# At the first mismatch it only tries erasing the left character.
import sys
s = sys.stdin.readline().strip()
i, j = 0, len(s) - 1
while i < j and s[i] == s[j]:
    i += 1; j -= 1
t = s[i + 1:j + 1]
print("YES" if i >= j or t == t[::-1] else "NO")
