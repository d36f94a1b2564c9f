"""What a solution compiles to: its source as written (a stdin problem), or, for a function-signature
problem, the user's function inside the judge's harness. The grader, `judge generate` and runs all
compile and run solutions through this, so a harness is never forgotten on one path."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from judge.grading.compile_cache import CompileCache
from judge.grading.program import CompileResult, Program
from judge.languages import Language
from judge.problems.package import Problem
from judge.sandbox.base import ExecResult, Limits, RunStatus, SandboxSession
from judge.signatures.design import call_text, parse_operations
from judge.signatures.harness import build, supports
from judge.signatures.protocol import (
    call_running,
    extract,
    harness_message,
    harness_stdin,
    new_secret,
    without_progress,
)

# "In file included from main.cpp:22:": the C++ harness including the candidate's solution.cpp,
# a judge internal that would otherwise head every compile error of a function problem.
HARNESS_INCLUDE = re.compile(r"^In file included from main\.cpp:\d+:\n", re.MULTILINE)


class UnsupportedLanguage(Exception):
    pass


@dataclass(frozen=True)
class RunOutcome:
    result: ExecResult
    output: bytes | None  # what the checker compares: stdout, or the function's result (None: none came)
    message: str = ""  # the harness's explanation of a failure
    printed: bytes | None = None  # what the user's code printed, without the harness's result line

    @property
    def user_output(self) -> bytes:
        return self.printed if self.printed is not None else self.result.stdout


@dataclass(frozen=True)
class SolutionProgram:
    program: Program
    harnessed: bool = False
    design: bool = False  # drives a class through operations (and reports its progress)

    @classmethod
    def plain(cls, language: Language, source: str) -> SolutionProgram:
        return cls(Program(language, source))

    @classmethod
    def for_problem(cls, problem: Problem, language: Language, source: str) -> SolutionProgram:
        if language.kind == "sql":
            raise UnsupportedLanguage(f"{language.name} is for SQL problems; this problem asks for a program")
        shape = problem.signature or problem.design
        if shape is None:
            return cls.plain(language, source)
        if not supports(language.id, design=problem.design is not None):
            what = "a class" if problem.design is not None else "a function"
            raise UnsupportedLanguage(
                f"{language.name} cannot be used for this problem: it asks for {what} (see its starter code)"
            )
        harness = build(shape, language, source)
        program = Program(harness.language, harness.source, harness.files or {})
        return cls(program, harnessed=True, design=problem.design is not None)

    def compile(self, session: SandboxSession, limits: Limits, cache: CompileCache | None) -> CompileResult:
        compiled = self.program.compile(session, limits, cache)
        if not self.harnessed:
            return compiled
        return dataclasses.replace(compiled, output=HARNESS_INCLUDE.sub("", compiled.output))

    def run(self, session: SandboxSession, test_input: bytes, limits: Limits) -> RunOutcome:
        if not self.harnessed:
            result = self.program.run(session, limits, test_input)
            return RunOutcome(result, result.stdout)
        secret = new_secret()
        result = self.program.run(session, limits, harness_stdin(secret, test_input))
        if result.status is RunStatus.RE:
            return RunOutcome(result, None, harness_message(result.stderr), without_progress(result.stdout, secret))
        if result.status is not RunStatus.OK:
            message = stopped_at(result, secret, test_input) if self.design else ""
            return RunOutcome(result, None, message, without_progress(result.stdout, secret))
        extracted = extract(result.stdout, secret)
        return RunOutcome(result, extracted.result, extracted.error, extracted.user_output)


def stopped_at(result: ExecResult, secret: bytes, test_input: bytes) -> str:
    """Where a design run killed at a limit was: `time limit exceeded in call 150,000 of 200,000,
    getMin()`. The harness reports the running call every 5 ms, so a call that never returns is
    named exactly; a structure that is slow on every call, near where the time ran out."""
    if result.status not in (RunStatus.TLE, RunStatus.MLE):
        return ""
    limit = "time" if result.status is RunStatus.TLE else "memory"
    if result.status is RunStatus.TLE and result.wall_exceeded:
        limit = "wall-clock"
    running = call_running(result.stdout, secret)
    if running is None:
        return ""
    if running == 0:
        return f"{limit} limit exceeded in the constructor"
    try:
        names, arguments = parse_operations(test_input.decode())
        call = call_text(names[running], arguments[running])
    except (ValueError, IndexError, TypeError):
        return f"{limit} limit exceeded in call {running:,}"
    return f"{limit} limit exceeded in call {running:,} of {len(names) - 1:,}, {call}"
