import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nxt = [0] * (n + 1)
    for i in range(n):
        nxt[i + 1] = int(data[1 + i])
    # Floyd's tortoise and hare
    slow = fast = 1
    while True:
        if nxt[fast] == 0 or nxt[nxt[fast]] == 0:
            print(-1)
            return
        slow = nxt[slow]
        fast = nxt[nxt[fast]]
        if slow == fast:
            break
    slow = 1
    while slow != fast:
        slow = nxt[slow]
        fast = nxt[fast]
    print(slow)


main()
