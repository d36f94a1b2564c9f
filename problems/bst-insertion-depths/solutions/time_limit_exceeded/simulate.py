# Simulates every insertion by walking down the tree: Theta(n^2) on sorted input.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    left = [-1] * n
    right = [-1] * n
    depth = [0] * n
    for i in range(1, n):
        x = a[i]
        cur, d = 0, 0
        while True:
            d += 1
            if x < a[cur]:
                if left[cur] < 0:
                    left[cur] = i
                    break
                cur = left[cur]
            else:
                if right[cur] < 0:
                    right[cur] = i
                    break
                cur = right[cur]
        depth[i] = d
    print(" ".join(map(str, depth)))


main()
