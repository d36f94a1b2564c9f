# Too slow: treats every single unit as its own 0/1 item (up to 10^5 items).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    best = [0] * (cap + 1)
    for i in range(n):
        w, v, c = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        if w > cap:
            continue
        for _ in range(c):
            shifted = [x + v for x in best[:cap + 1 - w]]
            best[w:] = map(max, best[w:], shifted)
    print(best[cap])


main()
