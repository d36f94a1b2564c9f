import random, sys
out = sys.argv[1]
random.seed(271828)
B = 10**5
N = 3000
cases = [(0, [0, 0, 0]), (1, [0, 0, 0]), (-9, [-3, -3, -3, 3]), (4, [2, 2, 0, 0, 4, -2]),
         (0, [-5, -5, 10, 5, 0, 0, 0, -10, 10])]
cases.append((0, list(range(-1500, 1500))))                         # distinct values, dense: many triples
cases.append((0, [random.randint(-B, B) for _ in range(N)]))
cases.append((7, [random.randint(-2000, 2000) for _ in range(N)]))
cases.append((0, [random.randint(-30, 30) for _ in range(N)]))      # heavy repetition
cases.append((300000, [B] * N))                                      # all equal, one triple
cases.append((-5, [random.choice([-1, 0, 1, -2, -3, 2, 5, -10]) for _ in range(N)]))
cases.append((1, list(range(-3000, 3000, 2))))                       # all even: no triple sums to odd
a = list(range(1, 2 * N, 2))[:N]; random.shuffle(a); cases.append((3 * 1501, a))
cases.append((B, [random.randint(-B, B) for _ in range(N // 2)] + [random.randint(0, 50000) for _ in range(N // 2)]))
for i, (t, a) in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(f"{len(a)} {t}\n{' '.join(map(str, a))}\n")
