import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    acc = 0
    for x in map(int, data[1:1 + n]):
        acc ^= x
    print(acc)


main()
