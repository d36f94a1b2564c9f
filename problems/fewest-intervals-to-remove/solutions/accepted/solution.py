import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + 2 * n]))
    # sort by right end (packed as r * 2^30 + l) and keep every slot that starts
    # no earlier than the end of the last kept slot
    keys = sorted([(v[2 * i + 1] << 30) | v[2 * i] for i in range(n)])
    mask = (1 << 30) - 1
    kept = 0
    last = -1
    for k in keys:
        if (k & mask) >= last:
            kept += 1
            last = k >> 30
    print(n - kept)


main()
