# Bug: forgets the replace operation; computes |s| + |t| - 2 * LCS (insert/delete only).
import sys


def main():
    lines = sys.stdin.read().split()
    s, t = lines[0], lines[1]
    m = len(t)
    prev = [0] * (m + 1)
    for ch in s:
        cur = [0] * (m + 1)
        for j in range(1, m + 1):
            if ch == t[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    print(len(s) + m - 2 * prev[m])


main()
