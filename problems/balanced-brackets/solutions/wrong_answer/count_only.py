# Wrong: only checks that each kind of bracket never dips below zero and ends at
# zero, ignoring the nesting order, so "([)]" is accepted.
import sys

data = sys.stdin.read().split()
s = data[1] if len(data) > 1 else ""
bal = {"(": 0, "[": 0, "{": 0}
close = {")": "(", "]": "[", "}": "{"}
ok = True
for c in s:
    if c in bal:
        bal[c] += 1
    else:
        bal[close[c]] -= 1
        if bal[close[c]] < 0:
            ok = False
            break
print("YES" if ok and all(v == 0 for v in bal.values()) else "NO")
