# Correct but O(n^2): simulates the trip from every station.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
g = list(map(int, data[1:1 + n]))
c = list(map(int, data[1 + n:1 + 2 * n]))
count = 0
for s in range(n):
    tank = 0
    ok = True
    for m in range(n):
        i = (s + m) % n
        tank += g[i] - c[i]
        if tank < 0:
            ok = False
            break
    if ok:
        count += 1
print(count)
