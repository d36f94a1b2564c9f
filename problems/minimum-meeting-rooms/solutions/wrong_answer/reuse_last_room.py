# Bug: after sorting by start, only checks whether the most recently opened
# room is free, instead of the room that frees up earliest.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
m = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
rooms = []
for s, e in m:
    if rooms and rooms[-1] <= s:
        rooms[-1] = e
    else:
        rooms.append(e)
print(len(rooms))
