# Merges the lists one by one but forgets the rest of the new list once the
# accumulated list runs out.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    pos = 1
    acc = []
    for _ in range(k):
        length = int(data[pos])
        lst = list(map(int, data[pos + 1:pos + 1 + length]))
        pos += 1 + length
        if not acc:
            acc = lst
            continue
        merged = []
        i = j = 0
        while i < len(acc) and j < len(lst):
            if acc[i] <= lst[j]:
                merged.append(acc[i])
                i += 1
            else:
                merged.append(lst[j])
                j += 1
        merged.extend(acc[i:])
        acc = merged
    print(" ".join(map(str, acc)))


main()
