"""Grading one submission: compile once, run the tests in order (samples first), check each
output, stop at the first test that fails. Works on any sandbox backend, including a fake."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass

from judge.grading.checkers import Checker, CheckerChain, CheckerError, CustomChecker, TokenChecker
from judge.grading.compile_cache import CompileCache
from judge.grading.outcomes import GradeResult, SampleDetails, TestOutcome, shown_text, stderr_tail
from judge.grading.program import Program, ProgramError
from judge.grading.solution import SolutionProgram, UnsupportedLanguage
from judge.grading.verdicts import FROM_RUN_STATUS, Verdict
from judge.languages import Language
from judge.problems.package import Problem
from judge.sandbox.base import Limits, RunStatus, Sandbox, SandboxError
from judge.signatures.compare import DesignChecker, SignatureChecker
from judge.sql.grading import grade_sql


@dataclass(frozen=True)
class GradingLimits:
    compile: Limits
    output_bytes: int = 64 * 1024 * 1024
    checker: Limits = Limits(cpu_ms=10_000, memory_kb=1024 * 1024)

    def for_problem(self, problem: Problem) -> Limits:
        memory_kb = problem.memory_limit_mb * 1024
        return Limits(cpu_ms=problem.time_limit_ms, memory_kb=memory_kb, output_bytes=self.output_bytes)


def describe_failure(status: RunStatus, exit_code: int | None, signal: int | None, wall_exceeded: bool) -> str:
    if status is RunStatus.TLE and wall_exceeded:
        return "wall-clock limit exceeded (the program was waiting, not computing)"
    if status is RunStatus.RE:
        return f"killed by signal {signal}" if signal else f"exit code {exit_code}"
    return ""


class Grader:
    def __init__(self, sandbox: Sandbox, limits: GradingLimits, cache: CompileCache | None = None) -> None:
        self.sandbox = sandbox
        self.limits = limits
        self.cache = cache

    def checker_for(self, problem: Problem, stack: ExitStack) -> Checker:
        """The problem's checker; a custom one gets its own session, closed with `stack`."""
        if problem.checker_program is None and problem.design is not None:
            return DesignChecker(problem.design)
        if problem.checker_program is None and problem.signature is not None:
            signature = problem.signature
            return SignatureChecker(signature.returns, signature.compare, signature.float_tolerance)
        if problem.checker_program is None:
            return TokenChecker(problem.checker)
        session = stack.enter_context(self.sandbox.session())
        try:
            program = Program.from_package(problem.checker_program)
            program.prepare(session, self.limits.compile, self.cache)
        except ProgramError as e:
            raise CheckerError(str(e)) from e
        custom = CustomChecker(session, program, self.limits.checker)
        if problem.design is not None:
            # The harness's values are typed first, so the program reads well-formed JSON.
            return CheckerChain((DesignChecker(problem.design, values=False), custom))
        return custom

    def grade(
        self,
        problem: Problem,
        language: Language,
        source: str,
        on_test: Callable[[TestOutcome], None] | None = None,
        *,
        samples_only: bool = False,
    ) -> GradeResult:
        """Raises SandboxError or CheckerError on an infrastructure failure (the caller retries).
        `samples_only`: the editor's Run, judged exactly as a submission's samples are (the same
        checker, comparison and limits), every sample run even after one fails."""
        limits = self.limits.for_problem(problem)
        if problem.sql is not None:
            return grade_sql(self.sandbox, problem, language, source, limits, on_test, samples_only=samples_only)
        try:
            program = SolutionProgram.for_problem(problem, language, source)
        except UnsupportedLanguage as e:
            return GradeResult(Verdict.CE, compile_output=str(e))
        tests = problem.samples if samples_only else problem.tests
        with ExitStack() as stack:
            session = stack.enter_context(self.sandbox.session())
            compiled = program.compile(session, self.limits.compile, self.cache)
            if not compiled.ok:
                return GradeResult(Verdict.CE, compile_output=compiled.output, tests_total=len(tests))
            result = GradeResult(Verdict.AC, compile_output=compiled.output, tests_total=len(tests))
            checker: Checker | None = None
            for index, test in enumerate(tests, start=1):
                input_data = test.read_input()
                ran = program.run(session, input_data, limits)
                run = ran.result
                message = ran.message or describe_failure(run.status, run.exit_code, run.signal, run.wall_exceeded)
                if run.status is RunStatus.OK and ran.output is None:
                    verdict = Verdict.RE  # the function never returned: the program exited early
                elif run.status is RunStatus.OK:
                    if checker is None:
                        checker = self.checker_for(problem, stack)
                    checked = checker.check(input_data, test.read_answer(), ran.output or b"")
                    verdict = Verdict.AC if checked.accepted else Verdict.WA
                    message = checked.message
                else:
                    verdict = FROM_RUN_STATUS[run.status]
                details = None
                if test.sample:
                    details = SampleDetails(
                        input=shown_text(input_data),
                        expected=shown_text(test.read_answer()),
                        output=shown_text(ran.output if ran.output is not None else ran.user_output),
                        stderr=stderr_tail(run.stderr),
                        printed=shown_text(ran.user_output) if program.harnessed else None,
                    )
                outcome = TestOutcome(
                    index, test.name, test.sample, verdict, run.time_ms, run.memory_kb, message, details
                )
                if not result.add(outcome, on_test, keep_going=samples_only):
                    break
            return result


__all__ = ["GradeResult", "Grader", "GradingLimits", "SampleDetails", "SandboxError", "TestOutcome"]
