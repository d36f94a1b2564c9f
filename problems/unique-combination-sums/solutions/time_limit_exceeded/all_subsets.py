# Too slow: tries all 2^n subsets of tokens and deduplicates with a set.
import sys


def main():
    data = sys.stdin.read().split()
    n, t = int(data[0]), int(data[1])
    a = sorted(int(x) for x in data[2:2 + n])
    found = set()
    for mask in range(1 << n):
        s = 0
        pick = []
        for i in range(n):
            if mask >> i & 1:
                s += a[i]
                pick.append(a[i])
        if s == t:
            found.add(tuple(pick))
    res = sorted(found)
    print(len(res))
    for c in res:
        print(" ".join(map(str, c)))


main()
