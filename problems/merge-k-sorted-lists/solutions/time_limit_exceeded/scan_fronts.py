# Finds the smallest front value by scanning every list for each output value: O(N*k).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    pos = 1
    lists = []
    for _ in range(k):
        length = int(data[pos])
        lists.append(list(map(int, data[pos + 1:pos + 1 + length])))
        pos += 1 + length
    ptr = [0] * k
    out = []
    while True:
        best = -1
        for i in range(k):
            if ptr[i] < len(lists[i]) and (best < 0 or lists[i][ptr[i]] < lists[best][ptr[best]]):
                best = i
        if best < 0:
            break
        out.append(lists[best][ptr[best]])
        ptr[best] += 1
    print(" ".join(map(str, out)))


main()
