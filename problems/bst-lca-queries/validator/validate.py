"""Input validator for bst-lca-queries: m, a line of m level-order tokens (integer keys or
"null"), q, then q lines "u v". Checks 1 <= m <= 1e5+1, root not null, every token has a
parent slot, no trailing null, 1 <= n <= 5e4 nodes, distinct keys in [0, 1e6] forming a valid BST, 1 <= q <= 5e4 and that every query key is in the tree.
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


KEY_LOW = 0


def main() -> None:
    lines = read_lines()
    if len(lines) < 3:
        fail(f"expected at least 3 lines, found {len(lines)}")
    m = integer(lines[0], 1, 10**5 + 1, "line 1: m")
    tokens = lines[1].split(b" ")
    if len(tokens) != m:
        fail(f"line 2: expected {m} tokens, found {len(tokens)}")
    if tokens[0] == b"null":
        fail("line 2: the root token is null")
    if tokens[-1] == b"null":
        fail("line 2: trailing null tokens must be omitted")
    # bounds[j] = exclusive (low, high) key range allowed for the j-th existing node
    keys, bounds = [], []
    for i, token in enumerate(tokens):
        if i == 0:
            low, high = KEY_LOW - 1, 10**6 + 1
        else:
            parent = (i - 1) // 2
            if parent >= len(keys):
                fail(f"line 2: token {i + 1} has no parent (only {len(keys)} nodes before it)")
            plow, phigh = bounds[parent]
            low, high = (plow, keys[parent]) if i % 2 == 1 else (keys[parent], phigh)
        if token == b"null":
            continue
        key = integer(token, KEY_LOW, 10**6, f"line 2: token {i + 1}")
        if not low < key < high:
            fail(f"line 2: key {key} (token {i + 1}) breaks the BST order")
        keys.append(key)
        bounds.append((low, high))
    if len(keys) > 5 * 10**4:
        fail(f"the tree has {len(keys)} nodes, more than 5*10^4")
    present = set(keys)
    q = integer(lines[2], 1, 5 * 10**4, "line 3: q")
    if len(lines) != q + 3:
        fail(f"expected {q + 3} lines, found {len(lines)}")
    for i in range(3, q + 3):
        u, v = ints(lines[i], 2, KEY_LOW, 10**6, f"line {i + 1}")
        if u not in present or v not in present:
            fail(f"line {i + 1}: query key not in the tree")
    sys.exit(42)


main()
