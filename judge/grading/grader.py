"""Grading one submission: compile once, run the tests in order (samples first), check each
output, stop at the first test that fails. Works on any sandbox backend, including a fake."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, replace

from judge.grading.checkers import Checker, CheckerChain, CheckerError, CustomChecker, TokenChecker
from judge.grading.compile_cache import CompileCache
from judge.grading.interactive import Interactor
from judge.grading.outcomes import GradeResult, GroupScore, SampleDetails, TestOutcome, shown_text, stderr_tail
from judge.grading.program import Program, ProgramError
from judge.grading.solution import SolutionProgram, UnsupportedLanguage
from judge.grading.verdicts import FROM_RUN_STATUS, Verdict
from judge.languages import Language
from judge.problems.package import PackageProgram, Problem, TestCase, TestGroup
from judge.sandbox.base import Limits, RunStatus, Sandbox, SandboxError, SandboxSession
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

    def package_program(self, program: PackageProgram, stack: ExitStack) -> tuple[SandboxSession, Program]:
        """A package's checker or interactor, compiled in a session of its own (closed with `stack`)."""
        session = stack.enter_context(self.sandbox.session())
        try:
            compiled = Program.from_package(program)
            compiled.prepare(session, self.limits.compile, self.cache)
        except ProgramError as e:
            raise CheckerError(str(e)) from e
        return session, compiled

    def checker_for(self, problem: Problem, stack: ExitStack, group: TestGroup | None = None) -> Checker:
        """The problem's checker (with a group's own flags); a custom one gets its own session."""
        if problem.checker_program is None and problem.design is not None:
            return DesignChecker(problem.design)
        if problem.checker_program is None and problem.signature is not None:
            signature = problem.signature
            return SignatureChecker(signature.returns, signature.compare, signature.float_tolerance)
        if problem.checker_program is None:
            return TokenChecker(group.checker if group is not None and group.checker is not None else problem.checker)
        session, program = self.package_program(problem.checker_program, stack)
        args = group.checker_args if group is not None else ()
        custom = CustomChecker(session, program, self.limits.checker, args)
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
        checker, comparison and limits), every sample run even after one fails.

        Judging stops at the first failing test, except on a scored problem: there a group stops
        at its first failure (unless it says `continue`) and the next group is judged."""
        limits = self.limits.for_problem(problem)
        if problem.sql is not None:
            return grade_sql(self.sandbox, problem, language, source, limits, on_test, samples_only=samples_only)
        try:
            program = SolutionProgram.for_problem(problem, language, source)
        except UnsupportedLanguage as e:
            return GradeResult(Verdict.CE, compile_output=str(e))
        tests = problem.samples if samples_only else problem.tests
        scored = problem.scored and not samples_only
        with ExitStack() as stack:
            session = stack.enter_context(self.sandbox.session())
            compiled = program.compile(session, self.limits.compile, self.cache)
            if not compiled.ok:
                result = GradeResult(Verdict.CE, compile_output=compiled.output, tests_total=len(tests))
                if scored:
                    score_groups(problem, result)
                return result
            result = GradeResult(Verdict.AC, compile_output=compiled.output, tests_total=len(tests))
            runner = TestRunner(self, problem, program, session, stack)
            failed_groups: set[str] = set()
            for index, test in enumerate(tests, start=1):
                group = problem.group(test.group) if scored else None
                if group is not None and group.name in failed_groups and not group.keep_going:
                    continue
                outcome = runner.run(index, test, group, limits)
                if not result.add(outcome, on_test, keep_going=samples_only or scored):
                    break
                if group is not None and outcome.verdict is not Verdict.AC:
                    failed_groups.add(group.name)
            if scored:
                score_groups(problem, result)
            return result


class TestRunner:
    """Runs one submission's tests in its session; the checkers and the interactor it needs are
    made at their first use (a run that fails every test before output needs none)."""

    __test__ = False  # not a pytest test class

    def __init__(
        self, grader: Grader, problem: Problem, program: SolutionProgram, session: SandboxSession, stack: ExitStack
    ) -> None:
        self.grader = grader
        self.problem = problem
        self.program = program
        self.session = session
        self.stack = stack
        self.checkers: dict[str | None, Checker] = {}
        self.interactor: Interactor | None = None

    def checker(self, group: TestGroup | None) -> Checker:
        key = group.name if group is not None and (group.checker is not None or group.checker_args) else None
        if key not in self.checkers:
            self.checkers[key] = self.grader.checker_for(self.problem, self.stack, group if key else None)
        return self.checkers[key]

    def run(self, index: int, test: TestCase, group: TestGroup | None, limits: Limits) -> TestOutcome:
        if group is not None and group.time_limit_ms is not None:
            limits = replace(limits, cpu_ms=group.time_limit_ms)
        if self.problem.interactor is not None:
            return self.run_interactive(index, test, group, limits)
        input_data = test.read_input()
        ran = self.program.run(self.session, input_data, limits)
        run = ran.result
        message = ran.message or describe_failure(run.status, run.exit_code, run.signal, run.wall_exceeded)
        if run.status is RunStatus.OK and ran.output is None:
            verdict = Verdict.RE  # the function never returned: the program exited early
        elif run.status is RunStatus.OK:
            checked = self.checker(group).check(input_data, test.read_answer(), ran.output or b"")
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
                printed=shown_text(ran.user_output) if self.program.harnessed else None,
            )
        return TestOutcome(
            index, test.name, test.sample, verdict, run.time_ms, run.memory_kb, message, details, test.group
        )

    def run_interactive(self, index: int, test: TestCase, group: TestGroup | None, limits: Limits) -> TestOutcome:
        assert self.problem.interactor is not None
        if self.interactor is None:
            session, program = self.grader.package_program(self.problem.interactor, self.stack)
            self.interactor = Interactor(session, program, self.grader.limits.checker)
        input_data = test.read_input()
        args = group.checker_args if group is not None else ()
        done = self.interactor.run(self.session, self.program.program, input_data, test.read_answer(), limits, args)
        run = done.solution
        message = done.message or describe_failure(run.status, run.exit_code, run.signal, run.wall_exceeded)
        details = None
        if test.sample:
            details = SampleDetails(
                input=shown_text(input_data),
                expected=self.problem.interactions.get(test.name, ""),
                output=shown_text(done.interaction.encode()),
                stderr=stderr_tail(run.stderr),
            )
        return TestOutcome(
            index, test.name, test.sample, done.verdict, run.time_ms, run.memory_kb, message, details, test.group
        )


def score_groups(problem: Problem, result: GradeResult) -> None:
    """A scored result's groups, score and maximum, from the tests it ran: a `min` group wins its
    points when all its tests passed, a `sum` group its share per passed test."""
    groups = []
    for group in problem.groups:
        total = sum(1 for test in problem.tests if test.group == group.name)
        ran = [outcome for outcome in result.tests if outcome.group == group.name]
        passed = sum(1 for outcome in ran if outcome.verdict is Verdict.AC)
        failed = next((outcome for outcome in ran if outcome.verdict is not Verdict.AC), None)
        if group.aggregation == "sum":
            score = group.points * passed / total if total else 0.0
        else:
            score = group.points if total and passed == total else 0.0
        verdict = Verdict.AC if total and passed == total else (failed.verdict if failed else result.verdict)
        groups.append(
            GroupScore(
                group.name,
                group.points,
                round(score, 6),
                verdict,
                failed.index if failed else None,
                failed.message if failed else "",
            )
        )
    result.groups = groups
    result.score = round(sum(group.score for group in groups), 6)
    result.max_score = problem.max_score


__all__ = ["GradeResult", "Grader", "GradingLimits", "SampleDetails", "SandboxError", "TestOutcome"]
