"""Input validator for dag-path-count: "n m", then m roads "u v" (2 <= n <= 5e4,
0 <= m <= 1e5, 1 <= u, v <= n, u != v, no duplicate road, no directed cycle).
Exit 42 valid, 43 invalid (Kattis convention)."""
import sys


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(43)


def integer(token: bytes, low: int, high: int, what: str) -> int:
    if not token or len(token) > 20 or not (token.isdigit() or (token[:1] == b"-" and token[1:].isdigit())) \
            or (token.lstrip(b"-").startswith(b"0") and token.lstrip(b"-") != b"0") or token == b"-0":
        fail(f"{what}: {token[:20]!r} is not an integer")
    value = int(token)
    if not low <= value <= high:
        fail(f"{what}: {value} is outside [{low}, {high}]")
    return value


def read_lines() -> list:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    return data[:-1].split(b"\n")


def ints(line: bytes, count: int, low: int, high: int, what: str) -> list:
    parts = line.split(b" ")
    if len(parts) != count:
        fail(f"{what}: expected {count} integers, found {len(parts)}")
    return [integer(t, low, high, f"{what}, integer {j}") for j, t in enumerate(parts, start=1)]


def main() -> None:
    lines = read_lines()
    header = lines[0].split(b" ")
    if len(header) != 2:
        fail("line 1: expected two integers n and m")
    n = integer(header[0], 2, 5 * 10**4, "line 1: n")
    m = integer(header[1], 0, 10**5, "line 1: m")
    if len(lines) != m + 1:
        fail(f"expected {m + 1} lines, found {len(lines)}")
    adjacency = [[] for _ in range(n + 1)]
    indegree = [0] * (n + 1)
    seen = set()
    for i in range(1, m + 1):
        u, v = ints(lines[i], 2, 1, n, f"line {i + 1}")
        if u == v:
            fail(f"line {i + 1}: road from {u} to itself")
        if (u, v) in seen:
            fail(f"line {i + 1}: road {u} -> {v} appears twice")
        seen.add((u, v))
        adjacency[u].append(v)
        indegree[v] += 1
    stack = [v for v in range(1, n + 1) if indegree[v] == 0]
    removed = 0
    while stack:  # Kahn's algorithm: every node is removed iff there is no cycle
        u = stack.pop()
        removed += 1
        for v in adjacency[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                stack.append(v)
    if removed != n:
        fail("the roads contain a directed cycle")
    sys.exit(42)


main()
