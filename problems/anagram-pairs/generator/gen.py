import random, sys
out = sys.argv[1]
random.seed(8086)
L = "abcdefghijklmnopqrstuvwxyz"
def rnd(k, alpha=L):
    return "".join(random.choice(alpha) for _ in range(k))
def shuf(w):
    t = list(w); random.shuffle(t); return "".join(t)
N = 100000
cases = [["a"], ["ab", "ba"], ["abc", "abd"], ["aab", "abb", "bba", "baa", "aba"]]
cases.append([shuf("abcdefghijklmnopqrst") for _ in range(N // 4)])    # one huge group
cases.append(["z"] * N)                                               # all identical: answer ~ 5e9
cases.append([rnd(random.randint(1, 20)) for _ in range(30000)])          # mostly unique
bases = [rnd(random.randint(3, 8), "abc") for _ in range(300)]
cases.append([shuf(random.choice(bases)) for _ in range(N)])          # many groups with equal letter sets
# same letter set, different counts; also same character-code sum
w = []
for _ in range(N):
    k = random.randint(1, 6)
    w.append(shuf("a" * k + "c" * (7 - k)) if random.random() < 0.5 else shuf("b" * 7))
cases.append(w)
cases.append([rnd(6, "ab") for _ in range(N)])
cases.append([shuf("x" * 4 + "y" * 3) if i % 2 else shuf("x" * 3 + "y" * 4) for i in range(N)])
bases = [rnd(20) for _ in range(1000)]
cases.append([shuf(random.choice(bases)) for _ in range(20000)])
for i, ws in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(f"{len(ws)}\n" + "\n".join(ws) + "\n")
