"""Input validator for downward-path-sum-count: line 1 'n T' (1 <= n <= 10^5, |T| <= 10^14),
line 2 a level-order tree of exactly 2n+1 tokens (values in [-10^9, 10^9] or 'null')
that describes exactly n nodes: root present, every listed child belongs to an existing node.
Exit 42 valid, 43 invalid (Kattis convention)."""
import sys


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(43)


def integer(token: bytes, low: int, high: int, what: str) -> int:
    digits = token[1:] if token[:1] == b"-" else token
    if not digits.isdigit() or len(digits) > 18 or (digits[:1] == b"0" and digits != b"0") \
            or token == b"-0":
        fail(f"{what}: {token[:20]!r} is not an integer")
    value = int(token)
    if not low <= value <= high:
        fail(f"{what}: {value} is outside [{low}, {high}]")
    return value


def main() -> None:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    lines = data[:-1].split(b"\n")
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    first = lines[0].split(b" ")
    if len(first) != 2:
        fail("line 1: expected two integers n and T")
    n = integer(first[0], 1, 10**5, "line 1: n")
    integer(first[1], -10**14, 10**14, "line 1: T")
    tokens = lines[1].split(b" ")
    if len(tokens) != 2 * n + 1:
        fail(f"line 2: expected 2n+1 = {2 * n + 1} tokens, found {len(tokens)}")
    if tokens[0] == b"null":
        fail("line 2: the root is null but n >= 1")
    nodes = 0  # nodes listed so far (non-null tokens)
    for i, token in enumerate(tokens):
        # tokens 2j+1 and 2j+2 are the children of node j, which must already exist
        if i > 0 and (i - 1) // 2 >= nodes:
            fail(f"line 2: token {i + 1} is a child of node {(i - 1) // 2 + 1}, but only {nodes} nodes exist")
        if token != b"null":
            integer(token, -10**9, 10**9, f"line 2, token {i + 1}")
            nodes += 1
    if nodes != n:
        fail(f"line 2: the tree has {nodes} nodes, but n = {n}")
    sys.exit(42)


main()
