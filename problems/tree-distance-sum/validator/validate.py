"""Input validator for tree-distance-sum: n in [1, 1e5], then n - 1 edges "a b" with
1 <= a, b <= n, a != b, that form a tree (no cycle, hence connected).
Exit 42 valid, 43 invalid (Kattis convention)."""
import sys


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(43)


def integer(token: bytes, low: int, high: int, what: str) -> int:
    if not token or not (token.isdigit() or (token[:1] == b"-" and token[1:].isdigit())) \
            or (token.lstrip(b"-").startswith(b"0") and token.lstrip(b"-") != b"0") or token == b"-0":
        fail(f"{what}: {token[:20]!r} is not an integer")
    value = int(token)
    if not low <= value <= high:
        fail(f"{what}: {value} is outside [{low}, {high}]")
    return value


def ints(line: bytes, count: int, low: int, high: int, what: str) -> list[int]:
    tokens = line.split(b" ")
    if len(tokens) != count:
        fail(f"{what}: expected {count} integers, found {len(tokens)}")
    return [integer(token, low, high, what) for token in tokens]


def read_lines() -> list[bytes]:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    return data[:-1].split(b"\n")


def expect_lines(lines: list[bytes], count: int) -> None:
    if len(lines) != count:
        fail(f"expected {count} lines, found {len(lines)}")


def main() -> None:
    lines = read_lines()
    n = integer(lines[0], 1, 10 ** 5, "line 1: n")
    expect_lines(lines, n)
    parent = list(range(n + 1))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(1, n):
        a, b = ints(lines[i], 2, 1, n, f"line {i + 1}: edge")
        if a == b:
            fail(f"line {i + 1}: edge joins house {a} to itself")
        ra, rb = find(a), find(b)
        if ra == rb:
            fail(f"line {i + 1}: edge {a}-{b} closes a cycle, so the paths are not a tree")
        parent[ra] = rb
    sys.exit(42)


main()
