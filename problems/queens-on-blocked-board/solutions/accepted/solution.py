import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    rows = data[1:1 + n]
    free = []
    for r in rows:
        m = 0
        for c, ch in enumerate(r):
            if ch == '.':
                m |= 1 << c
        free.append(m)
    full = (1 << n) - 1

    # cols: used columns; d1/d2: squares of the current row attacked along the
    # two diagonal directions (shifted by one bit per row)
    def place(row, cols, d1, d2):
        if row == n:
            return 1
        avail = free[row] & ~(cols | d1 | d2) & full
        total = 0
        nxt = row + 1
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += place(nxt, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    print(place(0, 0, 0, 0))


main()
