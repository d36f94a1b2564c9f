# Wrong: uses Python's floor division, which rounds toward minus infinity.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
stack = []
for tok in data[1:1 + n]:
    if tok in (b"+", b"-", b"*", b"/"):
        b = stack.pop()
        a = stack.pop()
        if tok == b"+":
            stack.append(a + b)
        elif tok == b"-":
            stack.append(a - b)
        elif tok == b"*":
            stack.append(a * b)
        else:
            stack.append(a // b)
    else:
        stack.append(int(tok))
print(stack[-1])
