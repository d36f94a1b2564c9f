import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    h.append(0)  # sentinel flushes the stack at the end
    stack = []  # indices with strictly increasing heights
    best = 0
    for i in range(n + 1):
        x = h[i]
        while stack and h[stack[-1]] >= x:
            j = stack.pop()
            left = stack[-1] + 1 if stack else 0
            area = h[j] * (i - left)
            if area > best:
                best = area
        stack.append(i)
    print(best)


main()
