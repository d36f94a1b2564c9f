import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + n * n]))
    cost = [vals[i * n:(i + 1) * n] for i in range(n)]
    full = 1 << n
    INF = float("inf")
    # dp[mask] = cheapest way to give the tasks in `mask` to freelancers 0..popcount(mask)-1
    dp = [INF] * full
    dp[0] = 0
    pc = [0] * full
    for mask in range(1, full):
        pc[mask] = pc[mask >> 1] + (mask & 1)
    for mask in range(full - 1):
        d = dp[mask]
        row = cost[pc[mask]]
        free = (full - 1) ^ mask
        while free:
            low = free & -free
            nm = mask | low
            v = d + row[low.bit_length() - 1]
            if v < dp[nm]:
                dp[nm] = v
            free ^= low
    print(dp[full - 1])


main()
