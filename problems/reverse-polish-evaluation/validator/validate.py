"""Input validator for reverse-polish-evaluation: n, then n tokens (+ - * / or integers in
[-1e9, 1e9]) forming a valid postfix expression with no division by zero and all intermediate
results in [-1e18, 1e18]. Exit 42 valid, 43 invalid (Kattis convention)."""
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

LIMIT = 10 ** 18


def main() -> None:
    lines = read_lines()
    expect_lines(lines, 2)
    n = integer(lines[0], 1, 10 ** 5, "line 1: n")
    tokens = lines[1].split(b" ")
    if len(tokens) != n:
        fail(f"line 2: expected {n} tokens, found {len(tokens)}")
    stack: list[int] = []
    for i, token in enumerate(tokens, 1):
        if token in (b"+", b"-", b"*", b"/"):
            if len(stack) < 2:
                fail(f"token {i}: operator {token.decode()} lacks an operand")
            b = stack.pop()
            a = stack.pop()
            if token == b"+":
                value = a + b
            elif token == b"-":
                value = a - b
            elif token == b"*":
                value = a * b
            else:
                if b == 0:
                    fail(f"token {i}: division by zero")
                value = abs(a) // abs(b) * (-1 if (a < 0) != (b < 0) else 1)
            if not -LIMIT <= value <= LIMIT:
                fail(f"token {i}: intermediate result {value} is outside [-1e18, 1e18]")
            stack.append(value)
        else:
            stack.append(integer(token, -10 ** 9, 10 ** 9, f"token {i}"))
    if len(stack) != 1:
        fail(f"the expression leaves {len(stack)} values instead of 1")
    sys.exit(42)


main()
