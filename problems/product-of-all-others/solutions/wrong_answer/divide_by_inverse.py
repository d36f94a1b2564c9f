# Multiplies everything, then "divides" by a_i with a modular inverse.
# Breaks as soon as zeros are involved.
import sys
MOD = 10**9 + 7
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 1
for x in a:
    total = total * x % MOD
res = [total * pow(x, MOD - 2, MOD) % MOD for x in a]
print(" ".join(map(str, res)))
