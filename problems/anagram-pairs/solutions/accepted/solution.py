import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    cnt = Counter(bytes(sorted(w)) for w in data[1:1 + n])
    print(sum(c * (c - 1) // 2 for c in cnt.values()))


main()
