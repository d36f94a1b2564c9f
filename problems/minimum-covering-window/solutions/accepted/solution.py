import sys


def main():
    data = sys.stdin.read().split()
    s, t = data[0], data[1]
    n = len(s)
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    missing = len(t)  # letters of t (with multiplicity) not yet inside the window
    left = 0
    best_len, best_start = n + 1, -1
    for right in range(n):
        c = s[right]
        if c in need:
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
        if missing == 0:
            # shrink from the left while the window still covers t
            while True:
                d = s[left]
                if d in need:
                    if need[d] == 0:
                        break
                    need[d] += 1
                left += 1
            if right - left + 1 < best_len:
                best_len = right - left + 1
                best_start = left
            # drop s[left] so the window misses exactly one letter again
            need[s[left]] += 1
            missing = 1
            left += 1
    if best_start < 0:
        print(-1)
    else:
        print(best_start + 1, best_len)


main()
