# Reports the node where the two pointers meet instead of the start of the loop.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nxt = [0] + [int(x) for x in data[1:1 + n]]
    slow = fast = 1
    while True:
        if nxt[fast] == 0 or nxt[nxt[fast]] == 0:
            print(-1)
            return
        slow = nxt[slow]
        fast = nxt[nxt[fast]]
        if slow == fast:
            print(slow)
            return


main()
