# Wrong: the reverse union-find idea is right, but each answer is recorded
# after the road has been reopened, i.e. it describes the county one closure
# too early.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [0] + [int(x) for x in data[2:2 + 2 * m:2]]
    b = [0] + [int(x) for x in data[3:3 + 2 * m:2]]
    q = int(data[2 + 2 * m])
    closes = [int(x) for x in data[3 + 2 * m:3 + 2 * m + q]]
    closed = [False] * (m + 1)
    for r in closes:
        closed[r] = True
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    comps = n
    for i in range(1, m + 1):
        if not closed[i]:
            x, y = find(a[i]), find(b[i])
            if x != y:
                parent[x] = y
                comps -= 1
    answers = [0] * q
    for j in range(q - 1, -1, -1):
        r = closes[j]
        x, y = find(a[r]), find(b[r])
        if x != y:
            parent[x] = y
            comps -= 1
        answers[j] = comps
    sys.stdout.write("\n".join(map(str, answers)) + "\n")


main()
