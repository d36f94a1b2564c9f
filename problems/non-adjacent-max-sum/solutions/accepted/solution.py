import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    take, skip = 0, 0  # best total with the last stall taken / not taken
    for x in map(int, data[1:1 + n]):
        take, skip = skip + x, (take if take > skip else skip)
    print(max(take, skip))


main()
