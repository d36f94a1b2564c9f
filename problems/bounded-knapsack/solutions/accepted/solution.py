# Binary splitting: c units become pieces of 1, 2, 4, ..., remainder units,
# each a 0/1 item; any count 0..c is a sum of a subset of the pieces.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    best = [0] * (cap + 1)
    pos = 2
    for _ in range(n):
        w, v, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        k = 1
        while c > 0:
            take = k if k < c else c
            c -= take
            k <<= 1
            pw, pv = w * take, v * take
            if pw > cap:
                continue
            # 0/1 update using the old row: best[j] = max(best[j], best[j - pw] + pv)
            shifted = [x + pv for x in best[:cap + 1 - pw]]
            best[pw:] = map(max, best[pw:], shifted)
    print(best[cap])


main()
