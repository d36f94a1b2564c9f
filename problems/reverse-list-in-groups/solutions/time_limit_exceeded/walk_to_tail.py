# Builds each reversed block by repeatedly walking to the last not-yet-moved node: O(n*k).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    val = data[2:2 + n]
    nxt = list(range(1, n + 1))
    nxt[n - 1] = -1
    out = []
    start = 0
    while start != -1:
        # count the block
        cnt, cur = 0, start
        while cur != -1 and cnt < k:
            cnt += 1
            cur = nxt[cur]
        after = cur
        if cnt < k:
            cur = start
            while cur != -1:
                out.append(val[cur])
                cur = nxt[cur]
            break
        for remaining in range(k, 0, -1):
            cur = start
            for _ in range(remaining - 1):
                cur = nxt[cur]
            out.append(val[cur])
        start = after
    print(" ".join(x.decode() for x in out))


main()
