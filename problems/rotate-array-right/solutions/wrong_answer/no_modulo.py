# Forgets to reduce k modulo n: slicing with k > n silently returns the array unchanged.
import sys
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = data[2:2 + n]
if k == 0:
    res = a
else:
    res = a[-k:] + a[:-k]
print(" ".join(res))
