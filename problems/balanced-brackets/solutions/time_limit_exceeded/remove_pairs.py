# Correct but quadratic: repeatedly deletes adjacent matching pairs. On a deeply
# nested string each pass removes just one pair, so there are ~n/2 passes of O(n).
import sys

data = sys.stdin.read().split()
s = data[1] if len(data) > 1 else ""
while True:
    t = s.replace("()", "").replace("[]", "").replace("{}", "")
    if t == s:
        break
    s = t
print("YES" if s == "" else "NO")
