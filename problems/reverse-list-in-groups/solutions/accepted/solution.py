import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    # linked list in arrays: node i holds val[i], nxt[i] is the following node (-1 = end)
    val = data[2:2 + n]
    nxt = list(range(1, n + 1))
    nxt[n - 1] = -1
    head = 0
    prev_tail = -1  # last node of the already processed part
    start = head
    while start != -1:
        # check that a full block starts here
        end = start
        cnt = 1
        while cnt < k and nxt[end] != -1:
            end = nxt[end]
            cnt += 1
        if cnt < k:
            break
        after = nxt[end]
        # reverse the block start..end in place
        prev, cur = after, start
        while cur != after:
            nx = nxt[cur]
            nxt[cur] = prev
            prev = cur
            cur = nx
        if prev_tail == -1:
            head = end
        else:
            nxt[prev_tail] = end
        prev_tail = start
        start = after
    out = []
    cur = head
    while cur != -1:
        out.append(val[cur])
        cur = nxt[cur]
    sys.stdout.buffer.write(b" ".join(out) + b"\n")


main()
