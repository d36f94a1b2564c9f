# Bug: sorts and compares pairs, but when every pair matches it falls back to the
# first element instead of the last one.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = sorted(map(int, data[1:1 + n]))
    for i in range(0, n - 1, 2):
        if a[i] != a[i + 1]:
            print(a[i])
            return
    print(a[0])


main()
