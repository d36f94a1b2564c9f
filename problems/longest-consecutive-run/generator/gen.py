import random, sys
out = sys.argv[1]
random.seed(31337)
B = 10**9
N = 100000
cases = [[7], [3, 3, 3], [-1, 1], [2, 1], [-B, B, -B + 1, B - 1, 0]]
a = list(range(-N // 2, N // 2)); random.shuffle(a); cases.append(a)          # one long run
cases.append(list(range(N, 0, -1)))                                            # reversed run
cases.append([random.randint(-B, B) for _ in range(N)])                       # sparse random
a = [random.randint(0, 150000) for _ in range(N)]; cases.append(a)             # dense random with repeats
a = [x for x in range(0, 3 * N // 2) if x % 3 != 2] + [5] * (N // 3 + 1)       # many runs of length 2, duplicates
random.shuffle(a); cases.append(a[:N])
# duplicates inside the longest run, plus a decoy run
a = list(range(1000, 1000 + 40000)) * 2 + list(range(-70000, -70000 + 19999))
random.shuffle(a); cases.append(a[:N])
a = [B - i for i in range(50000)] + [-B + i for i in range(50000)]; random.shuffle(a)
cases.append(a)                                                                # runs at both extremes
cases.append([42] * N)
for i, a in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
