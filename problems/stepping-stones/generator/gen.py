import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(7331)
N = 100000
tests = [
    [0],                                   # n = 1, already there
    [0, 5],                                # stuck at once
    [1, 0],                                # reachable exactly
    [2, 0, 0],                             # jump over zero
    [3, 1, 0, 5, 0, 0, 1],                 # max jump lands on 0? (i=0 -> 3 -> 8) ok; shorter needed elsewhere
]
# trap: every stone before k reaches exactly k, a_k = 0 -> NO, quadratic for naive
k = N - 10
tests.append([k - i for i in range(k)] + [0] + [1] * (N - k - 1))
# long jumps, reachable, quadratic for naive as well
tests.append([N] * N)
# all ones -> YES; all ones with one zero -> NO
tests.append([1] * N)
t = [1] * N
t[N // 2] = 0
tests.append(t)
# greedy-max trap: max jump lands on zero, shorter jump works
t = ([2, 2, 0, 1] * (N // 4 + 1))[:N - 1] + [0]
tests.append(t)
# random sparse zeros, reachable
t = [rng.randint(1, 3) if rng.random() > 0.2 else 0 for _ in range(N)]
t[0] = 5
far = 0
for i in range(N):
    if i > far:
        t[i - 1] = 3
        far = i - 1 + 3
    far = max(far, i + t[i])
tests.append(t)
# random, unreachable in the middle via trap
t = [rng.randint(0, 1000) for _ in range(N)]
m = N // 3
for i in range(m - 50, m):
    t[i] = min(t[i], m - i)
for i in range(m - 1000, m - 50):
    t[i] = min(t[i], m - i)
t[m] = 0
for i in range(0, m - 1000):
    t[i] = min(t[i], m - 1000 - i + rng.randint(0, 500))
tests.append(t)
for i, t in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d\n%s\n" % (len(t), " ".join(map(str, t))))
