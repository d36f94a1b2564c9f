"""The editor's "Run code": compile and run one program on one input, synchronously."""

from __future__ import annotations

import logging
from contextlib import ExitStack

from judge.grading.checkers import CheckerError
from judge.grading.interactive import Interactor
from judge.grading.solution import SolutionProgram
from judge.languages import Language
from judge.problems.package import Problem
from judge.runs.schemas import RunRequest, RunResult, SampleRunResult
from judge.runtime import Runtime, grading_limits
from judge.sandbox.base import Limits, RunStatus, SandboxError
from judge.sql.datasets import dumps_result
from judge.sql.engine import SqlProgram, command_verdict
from judge.submissions.schemas import TestResultOut

log = logging.getLogger(__name__)
SHOWN_BYTES = 64 * 1024  # a response never carries more of stdout or stderr
TRIES = 2


def shown(data: bytes) -> tuple[str, bool]:
    if len(data) > SHOWN_BYTES:
        return data[:SHOWN_BYTES].decode(errors="replace") + "\n… (truncated)", True
    return data.decode(errors="replace"), False


def run_code(runtime: Runtime, language: Language, request: RunRequest, problem: Problem | None = None) -> RunResult:
    """With a problem: its limits unless the request sets them, and for a function problem the
    harness around the source (the returned value comes back in `result`). The caller holds one
    of `runtime.run_slots`."""
    settings = runtime.settings
    default_time = problem.time_limit_ms if problem else settings.run_time_limit_ms
    default_memory = problem.memory_limit_mb if problem else settings.run_memory_limit_mb
    limits = Limits(
        cpu_ms=request.time_limit_ms or default_time,
        memory_kb=(request.memory_limit_mb or default_memory) * 1024,
        output_bytes=settings.output_limit_mb * 1024 * 1024,
    )
    if language.kind == "sql":
        assert problem is not None and problem.sql is not None  # the view checks both
        return run_query(runtime, language, request, problem, limits)
    if problem is not None and problem.interactor is not None:
        return run_interactive(runtime, language, request, problem, limits)
    compile_limits = grading_limits(settings).compile
    program = SolutionProgram.plain(language, request.source)
    if problem is not None:
        program = SolutionProgram.for_problem(problem, language, request.source)
    for attempt in range(1, TRIES + 1):
        try:
            with runtime.sandbox.session() as session:
                compiled = program.compile(session, compile_limits, runtime.compile_cache)
                if not compiled.ok:
                    return RunResult(
                        status="CE",
                        stdout="",
                        stderr="",
                        exit_code=None,
                        time_ms=None,
                        memory_kb=None,
                        compile_output=compiled.output,
                    )
                ran = program.run(session, request.stdin.encode(), limits)
        except SandboxError as e:
            log.warning("run: sandbox failure (try %d): %s", attempt, e)
            continue
        run = ran.result
        stdout, stdout_cut = shown(ran.user_output)
        stderr, stderr_cut = shown(run.stderr)
        status = run.status.value
        if program.harnessed and run.status is RunStatus.OK and ran.output is None:
            status = "RE"  # the function never returned
        return RunResult(
            status=status,
            stdout=stdout,
            stderr=stderr,
            exit_code=run.exit_code,
            time_ms=run.time_ms,
            memory_kb=run.memory_kb,
            compile_output=compiled.output,
            stdout_truncated=stdout_cut or run.stdout_truncated,
            stderr_truncated=stderr_cut or run.stderr_truncated,
            result=ran.output.decode(errors="replace") if program.harnessed and ran.output is not None else None,
            message=ran.message,
        )
    return RunResult(status="IE", stdout="", stderr="", exit_code=None, time_ms=None, memory_kb=None, compile_output="")


def run_interactive(
    runtime: Runtime, language: Language, request: RunRequest, problem: Problem, limits: Limits
) -> RunResult:
    """An interactive problem's Run: the program against the problem's interactor, which reads
    stdin as a test's input (empty: the first sample's). stdout is the conversation (`>` what the
    program wrote, `<` what it read); message, the interactor's word."""
    test_input = request.stdin.encode() if request.stdin.strip() else problem.samples[0].read_input()
    answer = problem.samples[0].read_answer() if not request.stdin.strip() else b""
    grader = runtime.grader()
    program = SolutionProgram.plain(language, request.source)
    for attempt in range(1, TRIES + 1):
        try:
            with ExitStack() as stack:
                session = stack.enter_context(runtime.sandbox.session())
                compiled = program.compile(session, grader.limits.compile, runtime.compile_cache)
                if not compiled.ok:
                    return RunResult(
                        status="CE", stdout="", stderr="", exit_code=None, time_ms=None, memory_kb=None,
                        compile_output=compiled.output,
                    )  # fmt: skip
                assert problem.interactor is not None
                interactor_session, interactor_program = grader.package_program(problem.interactor, stack)
                interactor = Interactor(interactor_session, interactor_program, grader.limits.checker)
                done = interactor.run(session, program.program, test_input, answer, limits)
        except SandboxError as e:
            log.warning("interactive run: sandbox failure (try %d): %s", attempt, e)
            continue
        except CheckerError as e:
            log.warning("interactive run: the interactor failed (try %d): %s", attempt, e)
            return RunResult(
                status="IE", stdout="", stderr="", exit_code=None, time_ms=None, memory_kb=None, compile_output="",
                message="the problem's interactor failed on this input (is it a valid test input?)",
            )  # fmt: skip
        run = done.solution
        stderr, stderr_cut = shown(run.stderr)
        verdict = "accepted" if done.verdict.value == "AC" else f"{done.verdict.value}"
        return RunResult(
            status=run.status.value,
            stdout=done.interaction,
            stderr=stderr,
            exit_code=run.exit_code,
            time_ms=run.time_ms,
            memory_kb=run.memory_kb,
            compile_output=compiled.output,
            stderr_truncated=stderr_cut or run.stderr_truncated,
            message=f"interactor: {verdict}" + (f": {done.message}" if done.message else ""),
        )
    return RunResult(status="IE", stdout="", stderr="", exit_code=None, time_ms=None, memory_kb=None, compile_output="")


SQL_RUN_STATUS = {"ok": "OK", "error": "RE", "tle": "TLE", "mle": "MLE", "ole": "OLE"}


def run_query(runtime: Runtime, language: Language, request: RunRequest, problem: Problem, limits: Limits) -> RunResult:
    """An SQL problem's Run on custom rows (stdin: a dataset; empty: the first sample's): the
    statements' result as JSON in `result`, the database's error in `message`."""
    assert problem.sql is not None
    dataset = request.stdin.encode() if request.stdin.strip() else problem.samples[0].read_input()
    program = SqlProgram(problem.sql, language, request.source)
    for attempt in range(1, TRIES + 1):
        try:
            with runtime.sandbox.session() as session:
                program.prepare(session)
                batch = program.run(session, [dataset], limits)
        except SandboxError as e:
            log.warning("sql run: sandbox failure (try %d): %s", attempt, e)
            continue
        if not batch.runs or batch.runs[0].status == "ie":
            status = command_verdict(batch.command)
            if status == "ie":
                log.warning("sql run: no report (try %d): %s", attempt, batch.command.stderr[-500:])
                continue
            return RunResult(
                status=SQL_RUN_STATUS[status], stdout="", stderr="", exit_code=None, time_ms=limits.cpu_ms,
                memory_kb=batch.command.memory_kb, compile_output="",
            )  # fmt: skip
        run = batch.runs[0]
        return RunResult(
            status=SQL_RUN_STATUS.get(run.status, "RE"),  # type: ignore[arg-type]
            stdout="",
            stderr="",
            exit_code=None,
            time_ms=run.time_ms,
            memory_kb=run.memory_kb,
            compile_output="",
            result=dumps_result(run.result).decode() if run.result is not None else None,
            message=run.message,
        )
    return RunResult(status="IE", stdout="", stderr="", exit_code=None, time_ms=None, memory_kb=None, compile_output="")


def run_samples(runtime: Runtime, language: Language, problem: Problem, source: str) -> SampleRunResult:
    """The editor's Run on the samples, through the grader: the verdicts Submit would give them.
    The caller holds one of `runtime.run_slots`."""
    grader = runtime.grader()
    for attempt in range(1, TRIES + 1):
        try:
            result = grader.grade(problem, language, source, samples_only=True)
        except (SandboxError, CheckerError) as e:
            log.warning("samples run: infrastructure failure (try %d): %s", attempt, e)
            continue
        return SampleRunResult(
            verdict=result.verdict.value,  # type: ignore[arg-type]
            compile_output=result.compile_output,
            tests=[TestResultOut.of_outcome(outcome) for outcome in result.tests],
        )
    return SampleRunResult(verdict="IE", compile_output="", tests=[])
