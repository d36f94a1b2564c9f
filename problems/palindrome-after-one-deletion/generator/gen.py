import random, sys
out = sys.argv[1]
random.seed(99173)
def rnd(n, alpha="abcdefghijklmnopqrstuvwxyz"):
    return "".join(random.choice(alpha) for _ in range(n))
def pal(n, alpha="ab"):
    h = rnd(n // 2, alpha)
    mid = rnd(n % 2, alpha)
    return h + mid + h[::-1]
def insert(s, pos, c):
    return s[:pos] + c + s[pos:]
cases = ["z", "aab", "ecbbce" + "x", "abcdba", "abbab", "aabbaba"]
N = 200000
cases.append(pal(N, "abc"))                                       # already a palindrome
p = pal(N - 1, "ab"); cases.append(insert(p, N - 1 - 37, "a"))     # extra letter near the right end
p = pal(N - 1, "ab"); cases.append(insert(p, 40000, "b"))         # extra letter in the left half
p = pal(N - 2, "ab"); cases.append(insert(insert(p, 500, "b"), N - 700, "a"))  # two extra letters: NO
cases.append("a" * (N - 1) + "b")
cases.append("a" * (N // 2) + "b" + "a" * (N // 2 - 2) + "c")     # NO, found only at the very end
h = rnd(N // 2 - 1, "ab")
cases.append(h + "ab" + h[::-1][:-1])                              # mismatch deep in the middle
cases.append(rnd(N))
h = rnd(N // 2 - 4, "ab")
cases.append(h + "abbab" + h[::-1])                                # greedy by next letter picks the wrong side
for i, s in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(s + "\n")
