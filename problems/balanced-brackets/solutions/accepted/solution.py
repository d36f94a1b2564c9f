import sys


def main():
    data = sys.stdin.read().split()
    s = data[1] if len(data) > 1 else ""
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    push = stack.append
    pop = stack.pop
    for c in s:
        m = match.get(c)
        if m is None:
            push(c)
        elif not stack or pop() != m:
            print("NO")
            return
    print("NO" if stack else "YES")


main()
