# Groups words by the set of letters they use, ignoring how often each letter occurs.
import sys
from collections import Counter
data = sys.stdin.read().split()
n = int(data[0])
cnt = Counter(frozenset(w) for w in data[1:1 + n])
print(sum(c * (c - 1) // 2 for c in cnt.values()))
