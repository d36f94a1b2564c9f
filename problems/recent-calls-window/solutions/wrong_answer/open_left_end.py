# Wrong: treats the window as (t - W, t], dropping calls exactly W units old.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, w = int(data[0]), int(data[1])
    window = deque()
    out = []
    for i in range(n):
        t = int(data[2 + i])
        window.append(t)
        while window[0] <= t - w and len(window) > 1:
            window.popleft()
        out.append(len(window))
    print(" ".join(map(str, out)))


main()
