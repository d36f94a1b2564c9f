# Enumerates every jump sequence explicitly with a stack: exponential.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    steps = [int(x) for x in data[2:2 + k]]
    count = 0
    stack = [0]
    while stack:
        pos = stack.pop()
        if pos == n:
            count += 1
            continue
        for s in steps:
            if pos + s <= n:
                stack.append(pos + s)
    print(count % (10**9 + 7))


main()
