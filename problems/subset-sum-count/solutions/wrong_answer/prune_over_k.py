# Bug: backtracking that sorts the values and stops as soon as the running sum
# passes k, an optimisation only valid when all values are non-negative.
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(int(x) for x in data[2:2 + n])
count = 0


def go(i, s, taken):
    global count
    if taken and s == k:
        count += 1
    for j in range(i, n):
        if s + a[j] > k:
            break
        go(j + 1, s + a[j], True)


go(0, 0, False)
print(count)
