import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    first_index = {}
    for j in range(n):
        x = int(data[2 + j])
        i = first_index.get(target - x)
        if i is not None:
            print(i + 1, j + 1)
            return
        if x not in first_index:
            first_index[x] = j
    print(-1)


main()
