import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
total_d = sum(map(int, data[1:2 * n + 1:2]))
total_t = sum(map(int, data[2:2 * n + 2:2]))
print("%.9f" % (total_d / total_t))
