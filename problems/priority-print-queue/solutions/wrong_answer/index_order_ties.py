# Wrong: assumes jobs of equal urgency are printed in original index order,
# ignoring where the queue front is when their turn comes.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1]) - 1
    p = [int(x) for x in data[2:2 + n]]
    order = sorted(range(n), key=lambda i: (-p[i], i))
    print(order.index(m) + 1)


main()
