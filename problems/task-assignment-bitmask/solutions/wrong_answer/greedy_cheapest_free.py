# Bug: each freelancer in turn grabs the cheapest task that is still free.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + n * n]))
    taken = [False] * n
    total = 0
    for i in range(n):
        row = vals[i * n:(i + 1) * n]
        j = min((j for j in range(n) if not taken[j]), key=lambda j: row[j])
        taken[j] = True
        total += row[j]
    print(total)


main()
