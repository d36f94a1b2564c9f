import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    starts = sorted(v[0::2])
    ends = sorted(v[1::2])
    # sweep the starts; release every room whose meeting ended by now
    j = 0
    best = 0
    for i in range(n):
        s = starts[i]
        while ends[j] <= s:
            j += 1
        if i + 1 - j > best:
            best = i + 1 - j
    print(best)


main()
