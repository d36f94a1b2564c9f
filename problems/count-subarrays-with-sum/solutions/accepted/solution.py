import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    seen = {0: 1}  # how many prefixes had each sum so far
    s = 0
    total = 0
    get = seen.get
    for i in range(n):
        s += int(data[2 + i])
        total += get(s - k, 0)
        seen[s] = get(s, 0) + 1
    print(total)


main()
