# Expands around every centre and stores each palindrome found in a set.
import sys
s = sys.stdin.readline().strip()
n = len(s)
found = set()
for centre in range(2 * n - 1):
    i = centre // 2
    j = i + centre % 2
    while i >= 0 and j < n and s[i] == s[j]:
        found.add(s[i:j + 1])
        i -= 1
        j += 1
print(len(found))
