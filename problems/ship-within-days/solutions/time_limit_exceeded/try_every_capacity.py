# Correct but slow: tries capacities max(w), max(w)+1, ... until one works.
import sys

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
w = list(map(int, data[2:2 + n]))
cap = max(w)
while True:
    days, cur = 1, 0
    for x in w:
        if cur + x > cap:
            days += 1
            cur = 0
        cur += x
    if days <= d:
        break
    cap += 1
print(cap)
