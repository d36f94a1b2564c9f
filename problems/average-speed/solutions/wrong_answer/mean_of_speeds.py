# Averages the per-stretch speeds instead of total distance / total time.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
speeds = [int(data[1 + 2 * i]) / int(data[2 + 2 * i]) for i in range(n)]
print("%.9f" % (sum(speeds) / n))
