# Correct but O(2^n): enumerates every subset by recursion.
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]


def go(i, s):
    if i == n:
        return 1 if s == k else 0
    return go(i + 1, s) + go(i + 1, s + a[i])


print(go(0, 0) - (1 if k == 0 else 0))
