import sys


def main():
    s = sys.stdin.buffer.readline().strip()
    n = len(s)
    # palindromic tree (eertree): node 0 = imaginary root of length -1, node 1 = empty string
    length = [-1, 0]
    link = [0, 0]
    nxt = [{}, {}]
    last = 1
    for i in range(n):
        c = s[i]
        v = last
        while True:
            L = length[v]
            j = i - L - 1
            if j >= 0 and s[j] == c:
                break
            v = link[v]
        d = nxt[v]
        if c in d:
            last = d[c]
            continue
        w = len(length)
        length.append(length[v] + 2)
        nxt.append({})
        if length[w] == 1:
            link.append(1)
        else:
            u = link[v]
            while True:
                j = i - length[u] - 1
                if j >= 0 and s[j] == c:
                    break
                u = link[u]
            link.append(nxt[u][c])
        d[c] = w
        last = w
    print(len(length) - 2)


main()
