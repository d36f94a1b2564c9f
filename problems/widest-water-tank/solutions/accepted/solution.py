import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    i, j = 0, n - 1
    best = 0
    while i < j:
        hi, hj = h[i], h[j]
        if hi < hj:
            v = (j - i) * hi
            i += 1
        else:
            v = (j - i) * hj
            j -= 1
        if v > best:
            best = v
    print(best)


main()
