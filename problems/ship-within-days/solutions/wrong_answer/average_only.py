# Bug: assumes the load can always be balanced perfectly and prints
# max(heaviest parcel, ceil(total / D)).
import sys

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
w = list(map(int, data[2:2 + n]))
print(max(max(w), (sum(w) + d - 1) // d))
