# Correct but O(n^2): repeatedly finds the first operator from the left and
# replaces "a b op" by its value, rescanning the token list every time.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
toks = [t if t in (b"+", b"-", b"*", b"/") else int(t) for t in data[1:1 + n]]
while len(toks) > 1:
    i = 0
    while not isinstance(toks[i], bytes):
        i += 1
    a, b, op = toks[i - 2], toks[i - 1], toks[i]
    if op == b"+":
        r = a + b
    elif op == b"-":
        r = a - b
    elif op == b"*":
        r = a * b
    else:
        q = abs(a) // abs(b)
        r = -q if (a < 0) != (b < 0) else q
    toks[i - 2:i + 1] = [r]
print(toks[0])
