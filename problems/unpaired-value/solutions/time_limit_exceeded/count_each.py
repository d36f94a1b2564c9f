# For every value, counts its occurrences with a full scan: O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    for x in a:
        c = 0
        for y in a:
            if y == x:
                c += 1
        if c == 1:
            print(x)
            return


main()
