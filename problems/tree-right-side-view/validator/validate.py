"""Input validator for tree-right-side-view: n in [1, 1e5], then a level-order line of exactly
2n + 1 tokens (root value, then left/right child of every node in order, "null" when missing)
describing exactly n nodes with values in [-1e9, 1e9]. Exit 42 valid, 43 invalid (Kattis)."""
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
    expect_lines(lines, 2)
    n = integer(lines[0], 1, 10 ** 5, "line 1: n")
    tokens = lines[1].split(b" ")
    if len(tokens) != 2 * n + 1:
        fail(f"line 2: expected 2n+1={2 * n + 1} tokens, found {len(tokens)}")
    integer(tokens[0], -10 ** 9, 10 ** 9, "line 2: root value")
    nodes = 1  # nodes seen so far; the j-th pair of tokens lists the children of node j
    for i in range(1, len(tokens)):
        if (i - 1) // 2 >= nodes:
            fail(f"line 2: token {i + 1} lists a child of a node that does not exist")
        if tokens[i] != b"null":
            integer(tokens[i], -10 ** 9, 10 ** 9, f"line 2: token {i + 1}")
            nodes += 1
    if nodes != n:
        fail(f"line 2: the tree has {nodes} nodes, not n={n}")
    sys.exit(42)


main()
