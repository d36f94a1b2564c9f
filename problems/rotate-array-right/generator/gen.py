import random, sys
out = sys.argv[1]
random.seed(20261124)
cases = []
cases.append((1, 0, [42]))
cases.append((1, 10**18, [-7]))
cases.append((2, 1, [1, 2]))
cases.append((6, 6, [3, 1, 4, 1, 5, 9]))
cases.append((7, 0, [5, 5, 5, 5, 5, 5, 5]))
cases.append((10, 13, list(range(1, 11))))
n = 1000; cases.append((n, 999, [random.randint(-10**9, 10**9) for _ in range(n)]))
n = 100000; cases.append((n, 10**18, [random.randint(-999, 999) for _ in range(n)]))
n = 100000; cases.append((n, 50000, list(range(n))))
n = 30000; cases.append((n, 29999, [10**9] * n))
n = 100000; cases.append((n, 4 * n + 12345, [random.randint(0, 9999) for _ in range(n)]))
n = 99999; cases.append((n, 10**18 - 1, list(range(n, 0, -1))))
n = 20000; cases.append((n, 777777, [random.choice([-10**9, 10**9, 0, -1]) for _ in range(n)]))
n = 100000; cases.append((n, n - 1, list(range(n))))  # k mod n = n - 1: one tick at a time is ~10^10 element moves
for i, (n, k, a) in enumerate(cases, 1):
    with open(f"{out}/{i:02d}.in", "w") as f:
        f.write(f"{n} {k}\n{' '.join(map(str, a))}\n")
