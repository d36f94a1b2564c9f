# Simulates each tick separately: O(n * (k mod n)).
import sys
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = data[2:2 + n]
for _ in range(k % n):
    a.insert(0, a.pop())
print(" ".join(a))
