# Too slow: after every cable, recounts the networks with a fresh BFS over the
# whole graph. O(q * (n + q)).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    out = []
    for i in range(q):
        a = int(data[2 + 2 * i])
        b = int(data[3 + 2 * i])
        adj[a].append(b)
        adj[b].append(a)
        seen = [False] * (n + 1)
        comps = 0
        for s in range(1, n + 1):
            if seen[s]:
                continue
            comps += 1
            seen[s] = True
            stack = [s]
            while stack:
                v = stack.pop()
                for u in adj[v]:
                    if not seen[u]:
                        seen[u] = True
                        stack.append(u)
        out.append(comps)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
