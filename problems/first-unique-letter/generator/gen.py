import random, string, sys
out = sys.argv[1]
random.seed(7131)
L = string.ascii_lowercase
def rnd(n, alpha=L):
    return "".join(random.choice(alpha) for _ in range(n))
cases = ["a", "zz", "ab", "aab", "abcdefghijklmnopqrstuvwxyz" * 2 + "q"]
cases.append("ab" * 50000)                                    # no lonely letter, max length
base = list(L[:25] * 3999)
random.shuffle(base)
cases.append("".join(base) + "z")                             # lonely letter is the last one
cases.append("m" + rnd(99999, L.replace("m", "")))             # lonely letter is the first one
t = list(L[:20] * 4999)
random.shuffle(t)
cases.append("".join(t[:50000]) + "uvwxy" + "".join(t[50000:]))  # several lonely letters in the middle
cases.append("".join(c * 3846 for c in L))                    # sorted blocks, all repeated
cases.append(rnd(100000))
cases.append("y" * 99999 + "x")
cases.append(rnd(1000, "ab") + "c" + rnd(1000, "ab"))
for i, s in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(s + "\n")
