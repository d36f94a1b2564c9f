import sys
def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = data[2:2 + n]
    k %= n
    res = a[n - k:] + a[:n - k]
    sys.stdout.write(b" ".join(res).decode() + "\n")
main()
