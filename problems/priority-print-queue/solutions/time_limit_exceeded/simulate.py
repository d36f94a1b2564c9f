# Too slow: simulates every move to the back with a deque.
import sys
from collections import deque, Counter


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1]) - 1
    p = [int(x) for x in data[2:2 + n]]
    left = Counter(p)
    levels = sorted(left, reverse=True)
    top = 0
    q = deque(range(n))
    printed = 0
    while True:
        j = q.popleft()
        if p[j] < levels[top]:
            q.append(j)
            continue
        printed += 1
        if j == m:
            print(printed)
            return
        left[p[j]] -= 1
        while top < len(levels) and left[levels[top]] == 0:
            top += 1


main()
