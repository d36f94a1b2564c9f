import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    pos = 3
    # P[i][j] = sum of the rectangle (1,1)..(i,j)
    P = [[0] * (m + 1)]
    for i in range(n):
        prev = P[-1]
        row = [0] * (m + 1)
        run = 0
        vals = data[pos:pos + m]
        pos += m
        for j in range(m):
            run += int(vals[j])
            row[j + 1] = prev[j + 1] + run
        P.append(row)
    out = []
    for _ in range(q):
        r1 = int(data[pos]); c1 = int(data[pos + 1]); r2 = int(data[pos + 2]); c2 = int(data[pos + 3])
        pos += 4
        top = P[r1 - 1]
        bot = P[r2]
        out.append(bot[c2] - top[c2] - bot[c1 - 1] + top[c1 - 1])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
