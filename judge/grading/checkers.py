"""Output checkers: compare what a program printed with the answer file.

`TokenChecker` is Kattis' default output validator (tokens; flags float_tolerance,
float_absolute_tolerance, float_relative_tolerance, case_sensitive, space_change_sensitive).
`CustomChecker` runs the problem's own checker program in a sandbox of its own (Kattis convention:
`checker input answer feedback_dir < output`, exit 42 accepted, 43 wrong answer), so a hidden
answer is never inside the solution's sandbox.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Protocol

from judge.grading.program import Program
from judge.problems.config import CheckerConfig
from judge.sandbox.base import Limits, SandboxSession

ACCEPT_EXIT = 42
WRONG_EXIT = 43


class CheckerError(Exception):
    """The checker itself failed (crashed, wrong exit code): the problem's fault, never the user's."""


@dataclass(frozen=True)
class CheckResult:
    accepted: bool
    message: str = ""


class Checker(Protocol):
    def check(self, input_data: bytes, answer: bytes, output: bytes) -> CheckResult: ...


@dataclass(frozen=True)
class CheckerChain:
    """Checkers in turn: the first rejection stands."""

    checkers: tuple[Checker, ...]

    def check(self, input_data: bytes, answer: bytes, output: bytes) -> CheckResult:
        for checker in self.checkers:
            checked = checker.check(input_data, answer, output)
            if not checked.accepted:
                return checked
        return CheckResult(True)


WHITESPACE = re.compile(rb"(\s+)")
FLOAT = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def parse_float(token: str) -> float | None:
    if not FLOAT.match(token):
        return None
    value = float(token)
    return value if math.isfinite(value) else None


class TokenChecker:
    def __init__(self, config: CheckerConfig) -> None:
        self.case_sensitive = config.case_sensitive
        self.space_change_sensitive = config.space_change_sensitive
        tolerance = config.float_tolerance
        self.absolute = config.float_absolute_tolerance if config.float_absolute_tolerance is not None else tolerance
        self.relative = config.float_relative_tolerance if config.float_relative_tolerance is not None else tolerance
        self.floats = self.absolute is not None or self.relative is not None

    def split(self, data: bytes) -> list[bytes]:
        if self.space_change_sensitive:
            # Whitespace is significant: keep it as tokens of its own (but not a final newline).
            return [part for part in WHITESPACE.split(data.rstrip(b"\n")) if part]
        return data.split()

    def tokens_match(self, expected: bytes, got: bytes) -> bool:
        if expected == got:
            return True
        expected_text = expected.decode("utf-8", errors="replace")
        got_text = got.decode("utf-8", errors="replace")
        if self.floats:
            expected_value = parse_float(expected_text)
            if expected_value is not None:
                got_value = parse_float(got_text)
                if got_value is None:
                    return False
                error = abs(expected_value - got_value)
                if self.absolute is not None and error <= self.absolute * (1 + 1e-9):
                    return True
                if self.relative is not None and error <= self.relative * abs(expected_value) * (1 + 1e-9):
                    return True
                return False
        if not self.case_sensitive:
            return expected_text.lower() == got_text.lower()
        return False

    def check(self, input_data: bytes, answer: bytes, output: bytes) -> CheckResult:
        expected = self.split(answer)
        got = self.split(output)
        for index, (want, have) in enumerate(zip(expected, got, strict=False), start=1):
            if not self.tokens_match(want, have):
                # Never quote the expected token: the message may reach the user of a hidden test.
                return CheckResult(False, f"token {index} differs from the expected output")
        if len(got) > len(expected):
            return CheckResult(False, f"extra output after token {len(expected)}")
        if len(got) < len(expected):
            return CheckResult(False, f"output ends after {len(got)} tokens; more were expected")
        return CheckResult(True)


# What the checker tells the candidate, as Kattis' output validators do (`judgemessage.txt` is for
# the problem's authors and is not shown).
TEAM_MESSAGE = "teammessage.txt"
# The feedback files a Kattis validator may write, made empty and writable by the run uid before
# each test: the feedback folder itself is not writable from the sandbox (the judge reads only
# files it made), so a validator can fill these but create nothing else.
FEEDBACK_FILES = (TEAM_MESSAGE, "judgemessage.txt", "judgeerror.txt", "score.txt", "diffposition.txt")


def fresh_feedback(session: SandboxSession) -> None:
    """Empty feedback files: a message is this test's, never the previous one's."""
    for name in FEEDBACK_FILES:
        session.write_file(f"feedback/{name}", b"", writable=True)


class CustomChecker:
    """The problem's checker program, compiled once, run in a sandbox session of its own. A rejection's
    message is the checker's `teammessage.txt`, when it wrote one."""

    def __init__(self, session: SandboxSession, program: Program, limits: Limits, args: tuple[str, ...] = ()) -> None:
        self.session = session
        self.program = program
        self.limits = limits
        self.args = args  # Kattis' output_validator_flags
        session.write_file("feedback/.keep", b"")

    def check(self, input_data: bytes, answer: bytes, output: bytes) -> CheckResult:
        self.session.write_file("input", input_data)
        self.session.write_file("answer", answer)
        fresh_feedback(self.session)
        result = self.program.run(self.session, self.limits, output, ["input", "answer", "feedback", *self.args])
        if result.exit_code == ACCEPT_EXIT:
            return CheckResult(True)
        if result.exit_code == WRONG_EXIT:
            told = self.session.read_file(f"feedback/{TEAM_MESSAGE}", max_bytes=4096).decode(errors="replace")
            return CheckResult(False, " ".join(told.split())[:500] or "rejected by the problem's checker")
        detail = result.stderr.decode(errors="replace")[-2000:]
        raise CheckerError(
            f"checker failed ({result.status.value}, exit {result.exit_code}, signal {result.signal}): {detail}"
        )
