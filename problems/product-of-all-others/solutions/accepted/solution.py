import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    res = [1] * n
    p = 1
    for i in range(n):
        res[i] = p
        p = p * a[i] % MOD
    p = 1
    for i in range(n - 1, -1, -1):
        res[i] = res[i] * p % MOD
        p = p * a[i] % MOD
    sys.stdout.write(" ".join(map(str, res)) + "\n")


main()
