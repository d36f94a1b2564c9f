# Wrong: pops the operands in the wrong order, computing b - a and b / a.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
stack = []
for tok in data[1:1 + n]:
    if tok in (b"+", b"-", b"*", b"/"):
        a = stack.pop()
        b = stack.pop()
        if tok == b"+":
            stack.append(a + b)
        elif tok == b"-":
            stack.append(a - b)
        elif tok == b"*":
            stack.append(a * b)
        else:
            if b == 0:
                stack.append(0)
            else:
                q = abs(a) // abs(b)
                stack.append(-q if (a < 0) != (b < 0) else q)
    else:
        stack.append(int(tok))
print(stack[-1])
