import random, sys
out = sys.argv[1]
random.seed(4242)
B = 10**9
cases = [[0, 0], [5, 3], [0, 7, 0], [3, 9, 9, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]
N = 100000
cases.append([random.randint(0, B) for _ in range(N)])
cases.append([B] * N)                                              # all equal, maximal answer
cases.append(list(range(1, N + 1)))                                # increasing
cases.append([random.randint(0, 99) for _ in range(N)])
# two tall walls hidden in the middle, short walls at the ends
a = [random.randint(0, 1000) for _ in range(N)]
a[N // 2 - 10] = B; a[N // 2 + 10] = B
cases.append(a)
# mountain: tall in the centre, tiny at both ends; moving the taller side is wrong
cases.append([min(i, N - 1 - i) * 10 + 1 for i in range(N)])
# the best pair is the first wall with a tall wall near the end
a = [random.randint(0, 9999) for _ in range(N)]
a[0] = 5000000; a[-3] = 9000000
cases.append(a)
for i, a in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
