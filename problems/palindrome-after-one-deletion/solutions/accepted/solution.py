import sys


def is_pal(s, i, j):
    t = s[i:j + 1]
    return t == t[::-1]


def main():
    s = sys.stdin.readline().strip()
    if s == s[::-1]:
        print("YES")
        return
    i, j = 0, len(s) - 1
    while s[i] == s[j]:
        i += 1
        j -= 1
    print("YES" if is_pal(s, i + 1, j) or is_pal(s, i, j - 1) else "NO")


main()
