import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    last = {}
    left = 0
    best_len, best_start = 0, 0
    for i in range(n):
        x = data[1 + i]  # compare tokens directly; values have no leading zeros
        p = last.get(x, -1)
        if p >= left:
            left = p + 1
        last[x] = i
        if i - left + 1 > best_len:
            best_len = i - left + 1
            best_start = left
    print(best_len, best_start + 1)


main()
