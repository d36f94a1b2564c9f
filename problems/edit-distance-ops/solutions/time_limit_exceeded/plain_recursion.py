# Recursion over (i, j) without memoisation: exponential.
import sys

sys.setrecursionlimit(10000)


def main():
    lines = sys.stdin.read().split()
    s, t = lines[0], lines[1]

    def dist(i, j):
        if i == len(s):
            return len(t) - j
        if j == len(t):
            return len(s) - i
        if s[i] == t[j]:
            return dist(i + 1, j + 1)
        return 1 + min(dist(i + 1, j + 1), dist(i + 1, j), dist(i, j + 1))

    print(dist(0, 0))


main()
