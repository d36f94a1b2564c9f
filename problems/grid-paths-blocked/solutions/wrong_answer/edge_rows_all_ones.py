# Bug: initialises the whole first row and first column to 1, ignoring that a
# rock on the border cuts off everything behind it.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    g = [row.decode() for row in data[2:2 + r]]
    MOD = 10**9 + 7
    dp = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if g[i][j] == "#":
                dp[i][j] = 0
            elif i == 0 or j == 0:
                dp[i][j] = 1
            else:
                dp[i][j] = (dp[i - 1][j] + dp[i][j - 1]) % MOD
    print(dp[r - 1][c - 1])


main()
