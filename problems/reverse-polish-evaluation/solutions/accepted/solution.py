import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    stack = []
    push = stack.append
    pop = stack.pop
    for tok in data[1:1 + n]:
        if len(tok) == 1 and tok in b"+-*/":
            b = pop()
            a = pop()
            if tok == b"+":
                push(a + b)
            elif tok == b"-":
                push(a - b)
            elif tok == b"*":
                push(a * b)
            else:
                q = abs(a) // abs(b)
                push(-q if (a < 0) != (b < 0) else q)
        else:
            push(int(tok))
    print(stack[-1])


main()
