# Keeps the walk in a Python list and searches it at every step: O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nxt = [0] + [int(x) for x in data[1:1 + n]]
    path = []
    cur = 1
    while cur != 0:
        if cur in path:
            print(cur)
            return
        path.append(cur)
        cur = nxt[cur]
    print(-1)


main()
