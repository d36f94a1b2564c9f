import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = list(map(int, data[1:1 + n]))
    ans = [0] * n
    stack = []  # indices of days still waiting, temperatures non-increasing
    for i in range(n):
        x = t[i]
        while stack and t[stack[-1]] < x:
            j = stack.pop()
            ans[j] = i - j
        stack.append(i)
    sys.stdout.write(" ".join(map(str, ans)) + "\n")


main()
