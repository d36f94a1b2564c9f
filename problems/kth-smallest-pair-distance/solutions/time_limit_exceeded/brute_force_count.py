# Correct but O(n^2 log V): binary search on the answer, but counts the pairs
# within distance d by checking every pair.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
lo, hi = 0, max(a) - min(a)
while lo < hi:
    mid = (lo + hi) // 2
    c = 0
    for i in range(n):
        x = a[i]
        for j in range(i + 1, n):
            if abs(x - a[j]) <= mid:
                c += 1
    if c >= k:
        hi = mid
    else:
        lo = mid + 1
print(lo)
