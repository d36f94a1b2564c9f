import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    rows = data[2:2 + r]
    MOD = 10**9 + 7
    ROCK = ord("#")
    ways = [0] * c
    ways[0] = 1
    for row in rows:
        left = 0
        for j in range(c):
            if row[j] == ROCK:
                v = 0
            else:
                v = ways[j] + left
                if v >= MOD:
                    v -= MOD
            ways[j] = v
            left = v
    print(ways[c - 1])


main()
