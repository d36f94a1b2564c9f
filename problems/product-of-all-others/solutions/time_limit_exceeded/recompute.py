# Recomputes each product from scratch: O(n^2).
import sys
MOD = 10**9 + 7
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
res = []
for i in range(n):
    p = 1
    for j in range(n):
        if j != i:
            p = p * a[j] % MOD
    res.append(p)
print(" ".join(map(str, res)))
