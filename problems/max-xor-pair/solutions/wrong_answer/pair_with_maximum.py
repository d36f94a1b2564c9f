# Bug: assumes the largest code is always part of the best pair.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    i = a.index(max(a))
    print(max(a[i] ^ a[j] for j in range(n) if j != i))


main()
