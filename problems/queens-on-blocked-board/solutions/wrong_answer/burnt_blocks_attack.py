# Bug: thinks burnt squares shield queens from each other, so it only checks
# for attacks up to the nearest burnt square.
import sys

data = sys.stdin.read().split()
n = int(data[0])
rows = data[1:1 + n]
qs = []
count = 0


def attacked(r, c):
    for dr, dc in ((-1, 0), (-1, -1), (-1, 1)):
        rr, cc = r + dr, c + dc
        while 0 <= rr < n and 0 <= cc < n:
            if rows[rr][cc] == '#':
                break
            if qs[rr] == cc:
                return True
            rr += dr
            cc += dc
    return False


def go(r):
    global count
    if r == n:
        count += 1
        return
    for c in range(n):
        if rows[r][c] == '.' and not attacked(r, c):
            qs.append(c)
            go(r + 1)
            qs.pop()


go(0)
print(count)
