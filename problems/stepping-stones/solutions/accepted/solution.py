import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    far = 0  # furthest stone index (0-based) known to be reachable
    i = 0
    for tok in data[1:1 + n]:
        if i > far:
            break
        v = i + int(tok)
        if v > far:
            far = v
        i += 1
    print("YES" if far >= n - 1 else "NO")


main()
