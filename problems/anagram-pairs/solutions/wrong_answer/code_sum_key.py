# Groups words by length and the sum of their character codes: collisions count as anagrams.
import sys
from collections import Counter
data = sys.stdin.read().split()
n = int(data[0])
cnt = Counter((len(w), sum(map(ord, w))) for w in data[1:1 + n])
print(sum(c * (c - 1) // 2 for c in cnt.values()))
