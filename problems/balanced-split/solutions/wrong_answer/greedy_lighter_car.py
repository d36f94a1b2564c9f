# Bug: heaviest box first, always into the currently lighter car (not optimal).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = sorted(map(int, data[1:1 + n]), reverse=True)
    a = b = 0
    for x in w:
        if a <= b:
            a += x
        else:
            b += x
    print(abs(a - b))


main()
