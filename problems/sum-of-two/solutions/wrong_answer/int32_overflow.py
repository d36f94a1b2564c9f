# Simulates a 32-bit int overflow: correct on small inputs only.
a, b = map(int, input().split())
s = (a + b) & 0xFFFFFFFF
if s >= 1 << 31:
    s -= 1 << 32
print(s)
