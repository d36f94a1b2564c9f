import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    # pack (l, r) into one integer so sorting is fast; both fit in 30 bits
    keys = sorted([(vals[2 * i] << 30) | vals[2 * i + 1] for i in range(n)])
    mask = (1 << 30) - 1
    out = []
    cl = keys[0] >> 30
    cr = keys[0] & mask
    for k in keys:
        l = k >> 30
        r = k & mask
        if l <= cr:
            if r > cr:
                cr = r
        else:
            out.append("%d %d" % (cl, cr))
            cl, cr = l, r
    out.append("%d %d" % (cl, cr))
    sys.stdout.write(str(len(out)) + "\n" + "\n".join(out) + "\n")


main()
