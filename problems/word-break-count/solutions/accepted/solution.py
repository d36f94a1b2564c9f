import sys


def main():
    data = sys.stdin.buffer.read().split()
    s = data[0]
    k = int(data[1])
    words = set(data[2:2 + k])
    lengths = sorted({len(w) for w in words})
    MOD = 1_000_000_007
    n = len(s)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(n):
        w = ways[i]
        if not w:
            continue
        for L in lengths:
            j = i + L
            if j > n:
                break
            if s[i:j] in words:
                ways[j] = (ways[j] + w) % MOD
    print(ways[n])


main()
