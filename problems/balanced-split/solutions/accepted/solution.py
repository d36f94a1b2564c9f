import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = list(map(int, data[1:1 + n]))
    total = sum(w)
    half = total // 2
    keep = (1 << (half + 1)) - 1
    reach = 1  # bit s is set  <=>  some subset of the boxes weighs exactly s
    for x in w:
        reach = (reach | (reach << x)) & keep
    best = reach.bit_length() - 1  # largest reachable sum <= half
    print(total - 2 * best)


main()
