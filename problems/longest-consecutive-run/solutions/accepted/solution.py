import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    s = set(map(int, data[1:1 + n]))
    best = 0
    for x in s:
        if x - 1 not in s:
            y = x + 1
            while y in s:
                y += 1
            if y - x > best:
                best = y - x
    print(best)


main()
