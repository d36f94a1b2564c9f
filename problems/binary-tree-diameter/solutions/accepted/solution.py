import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    tok = data[1:1 + m]
    n = sum(1 for t in tok if t != b"null")
    left = [-1] * n
    right = [-1] * n
    cnt = 1
    p = 1
    for i in range(n):
        if p < m:
            if tok[p] != b"null":
                left[i] = cnt
                cnt += 1
            p += 1
        if p < m:
            if tok[p] != b"null":
                right[i] = cnt
                cnt += 1
            p += 1
    # children always have larger indices (breadth-first numbering)
    h = [0] * (n + 1)  # h[-1] (index n) stays 0 for missing children
    best = 0
    for i in range(n - 1, -1, -1):
        hl = h[left[i]]
        hr = h[right[i]]
        if hl + hr > best:
            best = hl + hr
        h[i] = (hl if hl > hr else hr) + 1
    print(best)


main()
