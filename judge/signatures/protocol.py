"""How a harness talks to the judge. stdin: a per-run secret on the first line, then one JSON
value per parameter, one per line (LeetCode's test-case format). The harness reads all of it
before the user's code runs, and writes the result as `\\x1e<secret> <json>\\n` on its own copy of
stdout. Whatever the user's code prints is plain output: it does not know the secret, so it cannot
make a line the judge would take for the result; a result line seen twice is refused.

A design problem's harness also writes `\x1e<secret>@<index>\n` lines as it goes (every 5 ms, from
a thread of its own, when the call running changed; 0 is the constructor): the last one says where
a run killed at a limit was. They are not output either."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

MARK = b"\x1e"


def new_secret() -> bytes:
    return secrets.token_hex(16).encode()


def harness_stdin(secret: bytes, test_input: bytes) -> bytes:
    return secret + b"\n" + test_input


@dataclass(frozen=True)
class Extracted:
    result: bytes | None  # the JSON the function returned; None when the harness sent none
    user_output: bytes  # everything else that was printed
    error: str = ""


def progress_lines(secret: bytes) -> re.Pattern[bytes]:
    return re.compile(re.escape(MARK + secret + b"@") + rb"(\d+)\n")


def without_progress(stdout: bytes, secret: bytes) -> bytes:
    return progress_lines(secret).sub(b"", stdout)


def call_running(stdout: bytes, secret: bytes) -> int | None:
    """The index of the design call the harness last reported running (0: the constructor); None
    when it reported none."""
    found = progress_lines(secret).findall(stdout)
    return int(found[-1]) if found else None


def extract(stdout: bytes, secret: bytes) -> Extracted:
    stdout = without_progress(stdout, secret)
    tag = MARK + secret + b" "
    start = stdout.find(tag)
    if start < 0:
        return Extracted(None, stdout, "the function did not return: the program ended before the harness could report")
    end = stdout.find(b"\n", start)
    end = len(stdout) if end < 0 else end
    rest = stdout[:start] + stdout[end + 1 :]
    if tag in rest:
        return Extracted(None, rest, "more than one result was reported")
    return Extracted(stdout[start + len(tag) : end], rest)


def harness_message(stderr: bytes) -> str:
    """The harness's own explanation of a failure (`judge: twoSum returned str, expected int[]`)."""
    lines = [line for line in stderr.decode("utf-8", errors="replace").splitlines() if line.startswith("judge: ")]
    return lines[-1].removeprefix("judge: ")[:500] if lines else ""
