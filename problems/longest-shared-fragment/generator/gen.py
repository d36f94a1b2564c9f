import random, sys
out = sys.argv[1]
random.seed(16180)
AZ = "abcdefghijklmnopqrstuvwxyz"
N = 100000
def rnd(k, alpha=AZ):
    return "".join(random.choice(alpha) for _ in range(k))
def fib(k):
    a, b = "b", "a"
    while len(b) < k:
        a, b = b, b + a
    return b[:k]
cases = [("a", "a"), ("a", "b"), ("abab", "baba"), ("xyz", "qqxyzqq")]
cases.append(("a" * N, "a" * N))                                    # identical, whole string
cases.append(("a" * N, "b" * N))                                    # nothing in common
cases.append((rnd(N, "ab"), rnd(N, "ab")))
cases.append((rnd(N), rnd(N)))
core = rnd(50000)
cases.append((rnd(20000) + core + rnd(30000), rnd(45000) + core + rnd(5000)))  # planted long block
cases.append(("ab" * (N // 2), "ba" * (N // 2)))
cases.append((fib(N), fib(N - 7)[::-1]))
short = rnd(1000, "xy")
cases.append((short, rnd((N - 800) // 2, "xy") + short[100:900] + rnd((N - 800) // 2, "xy")))  # one string much shorter
cases.append((rnd(N, "abc"), rnd(N - 1, "abc")[:60000] + "c" * 10 + rnd(30000, "ab")))
for i, (s, t) in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(s + "\n" + t + "\n")
