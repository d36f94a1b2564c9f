import sys


def main():
    lines = sys.stdin.read().split()
    s, t = lines[0], lines[1]
    m = len(t)
    prev = list(range(m + 1))
    for i, ch in enumerate(s, 1):
        cur = [i] * (m + 1)
        left = i
        for j in range(1, m + 1):
            if ch == t[j - 1]:
                v = prev[j - 1]
            else:
                v = prev[j - 1]
                if prev[j] < v:
                    v = prev[j]
                if left < v:
                    v = left
                v += 1
            cur[j] = v
            left = v
        prev = cur
    print(prev[m])


main()
