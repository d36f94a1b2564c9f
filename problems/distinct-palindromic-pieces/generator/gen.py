import random, sys
out = sys.argv[1]
random.seed(1729)
AZ = "abcdefghijklmnopqrstuvwxyz"
N = 200000
def rnd(k, alpha=AZ):
    return "".join(random.choice(alpha) for _ in range(k))
def fib(k):
    a, b = "b", "a"
    while len(b) < k:
        a, b = b, b + a
    return b[:k]
cases = ["q", "zz", "abcba", "abacabadabacaba", rnd(30, "ab")]
cases.append("a" * N)                                               # one letter: n palindromes, ~n^2/2 occurrences
cases.append("ab" * (N // 2))
cases.append(rnd(N, "ab"))
cases.append(rnd(N))
cases.append(AZ * (N // 26))                                        # only the 26 single letters
cases.append(fib(N))
h = rnd(N // 2, "abc")
cases.append(h + h[::-1])                                           # one huge palindrome
cases.append(("a" * 500 + "b") * (N // 501))
cases.append("".join(random.choice(["aa", "aba", "b", "abba"]) for _ in range(N // 3))[:N])
for i, s in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(s + "\n")
