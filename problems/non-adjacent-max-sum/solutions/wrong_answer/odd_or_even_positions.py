# Bug: assumes the best choice is either all odd positions or all even positions.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    print(max(sum(a[0::2]), sum(a[1::2])))


main()
