import random, sys
out = sys.argv[1]
random.seed(5150)
B = 10**9
N = 50000
cases = [[0, 0], [7, 0], [1, 1], [B, B, B], [2] * 40]
cases.append([random.randint(1, B) for _ in range(N)])            # no zeros
a = [random.randint(1, B) for _ in range(N)]; a[N // 3] = 0
cases.append(a)                                                   # exactly one zero
a = [random.randint(1, 100) for _ in range(N)]; a[5] = 0; a[N - 5] = 0
cases.append(a)                                                   # two zeros: all zero
cases.append([random.randint(0, 3) for _ in range(N)])            # many zeros
cases.append([B] * N)
cases.append([1] * (N - 1) + [0])
cases.append(list(range(N, 0, -1)))
a = [random.randint(1, B) for _ in range(N)]; a[0] = 0
cases.append(a)
for i, a in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
