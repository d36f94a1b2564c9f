"""Input validator for binary-tree-diameter: m, then m level-order tokens (integers in
[0, 1e9] or "null"). Checks 1 <= m <= 2e5+1, root not null, every token has a parent slot
(an existing node earlier in BFS order), no trailing "null", and 1 <= n <= 1e5 nodes.
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


def main() -> None:
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n") or b"\r" in data:
        fail("the input must end with a newline and have no carriage returns")
    lines = data[:-1].split(b"\n")
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    m = integer(lines[0], 1, 2 * 10**5 + 1, "line 1: m")
    tokens = lines[1].split(b" ")
    if len(tokens) != m:
        fail(f"line 2: expected {m} tokens, found {len(tokens)}")
    if tokens[0] == b"null":
        fail("line 2: the root token is null")
    if tokens[-1] == b"null":
        fail("line 2: trailing null tokens must be omitted")
    nodes = 0  # existing nodes among tokens[0..i-1]
    for i, token in enumerate(tokens):
        # token i >= 1 is a child slot of the ((i - 1) // 2)-th existing node in BFS order
        if i > 0 and (i - 1) // 2 >= nodes:
            fail(f"line 2: token {i + 1} has no parent (only {nodes} nodes before it)")
        if token != b"null":
            integer(token, 0, 10**9, f"line 2: token {i + 1}")
            nodes += 1
    if nodes > 10**5:
        fail(f"the tree has {nodes} nodes, more than 10^5")
    sys.exit(42)


main()
