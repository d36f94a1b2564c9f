# Bug: only checks that no stone before the last has a_i = 0, ignoring that a
# zero can be jumped over and that long runs of small values can also trap.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
print("NO" if 0 in a[:n - 1] else "YES")
