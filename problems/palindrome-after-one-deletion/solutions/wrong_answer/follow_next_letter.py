# At a mismatch it picks the side to erase by looking only at the next letter,
# instead of checking both possibilities completely.
import sys
s = sys.stdin.readline().strip()
i, j = 0, len(s) - 1
used = False
ok = True
while i < j:
    if s[i] == s[j]:
        i += 1; j -= 1
    elif used:
        ok = False
        break
    else:
        used = True
        if s[i + 1] == s[j]:
            i += 1
        else:
            j -= 1
print("YES" if ok else "NO")
