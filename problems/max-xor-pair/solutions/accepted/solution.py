import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    ans = 0
    mask = 0
    # Decide the answer bit by bit from the top: keep bit b if two prefixes
    # (codes restricted to bits >= b) XOR to the candidate value.
    for b in range(29, -1, -1):
        mask |= 1 << b
        prefixes = {x & mask for x in a}
        cand = ans | (1 << b)
        for p in prefixes:
            if cand ^ p in prefixes:
                ans = cand
                break
    print(ans)


main()
