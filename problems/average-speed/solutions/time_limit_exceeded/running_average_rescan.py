# Correct but O(n^2): keeps the trip's average up to date after every stretch, recomputing
# the total distance and total time from scratch over all stretches logged so far.
import sys

lines = sys.stdin.read().split("\n")
n = int(lines[0])
distances = []
times = []
average = 0.0
for i in range(1, n + 1):
    d, t = map(int, lines[i].split())
    distances.append(d)
    times.append(t)
    average = sum(distances) / sum(times)
print("%.9f" % average)
