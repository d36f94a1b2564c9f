# Counter.most_common breaks ties by first appearance, not alphabetically.
import sys
from collections import Counter


def main():
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    for w, c in Counter(data[2:2 + n]).most_common(k):
        print(w, c)


main()
