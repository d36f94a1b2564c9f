# Correct but O(|b|): walks from a towards a + b one unit at a time.
# Fine for small numbers, hopeless for |b| up to 10^18.
a, b = map(int, input().split())
step = 1 if b > 0 else -1
total = a
for _ in range(abs(b)):
    total += step
print(total)
