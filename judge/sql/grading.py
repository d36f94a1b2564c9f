"""Grading an SQL submission: every test's dataset goes to one run of the harness (one database
server per submission), then each test's result is compared with its answer by the SQL rules
(judge/sql/compare.py), in order, stopping at the first test that fails as for any problem."""

from __future__ import annotations

from collections.abc import Callable

from judge.grading.checkers import CheckerError, CheckResult
from judge.grading.outcomes import GradeResult, SampleDetails, TestOutcome, shown_text
from judge.grading.verdicts import Verdict
from judge.languages import Language
from judge.problems.package import Problem, TestCase
from judge.sandbox.base import Limits, Sandbox, SandboxError
from judge.sql.compare import compare
from judge.sql.datasets import DatasetError, Result, dumps_result, parse_result
from judge.sql.engine import DatasetRun, SqlProgram, command_verdict
from judge.sql.spec import SqlSpec

STATUS_VERDICTS = {"error": Verdict.RE, "tle": Verdict.TLE, "mle": Verdict.MLE, "ole": Verdict.OLE}


def check_result(spec: SqlSpec, expected: Result, got: Result) -> CheckResult:
    if spec.tables is None:
        if got.columns is None:
            return CheckResult(False, "the statements returned no result")
        return compare(
            expected.result_set(),
            got.result_set(),
            ordered=spec.ordered,
            order_by=spec.order_by,
            tolerance=spec.tolerance,
        )
    expected_tables = {name.casefold(): table for name, table in (expected.tables or {}).items()}
    got_tables = {name.casefold(): table for name, table in (got.tables or {}).items()}
    for name in spec.tables:
        want, have = expected_tables.get(name.casefold()), got_tables.get(name.casefold())
        if want is None:
            raise CheckerError(f"the answer has no table {name}")
        if have is None:
            return CheckResult(False, f"table {name} is gone")
        checked = compare(want.result_set(), have.result_set(), tolerance=spec.tolerance)
        if not checked.accepted:
            return CheckResult(False, f"table {name}: {checked.message}")
    return CheckResult(True, "")


def expected_result(test: TestCase) -> Result:
    try:
        return parse_result(test.read_answer())
    except DatasetError as e:
        raise CheckerError(f"{test.answer_path}: not an SQL result: {e}") from e


def shown_run(run: DatasetRun) -> str:
    if run.result is not None:
        return shown_text(dumps_result(run.result))
    return run.message


def grade_sql(
    sandbox: Sandbox,
    problem: Problem,
    language: Language,
    source: str,
    limits: Limits,
    on_test: Callable[[TestOutcome], None] | None = None,
    *,
    samples_only: bool = False,
) -> GradeResult:
    """Raises SandboxError when the harness fails without a report (the caller retries), and
    CheckerError when the package's answer is not a result."""
    spec = problem.sql
    assert spec is not None
    tests = problem.samples if samples_only else problem.tests
    if language.kind != "sql" or language.id not in spec.engines:
        engines = " or ".join(spec.engines)
        return GradeResult(
            Verdict.CE, compile_output=f"This problem asks for SQL statements: submit them as {engines}."
        )
    program = SqlProgram(spec, language, source)
    with sandbox.session() as session:
        program.prepare(session)
        batch = program.run(session, [test.read_input() for test in tests], limits, keep_going=samples_only)
    result = GradeResult(Verdict.AC, tests_total=len(tests))
    for index, test in enumerate(tests):
        if index < len(batch.runs):
            run = batch.runs[index]
        else:
            status = command_verdict(batch.command)
            stderr = batch.command.stderr.decode(errors="replace")[-2000:]
            if status == "ie":
                raise SandboxError(f"the SQL harness stopped without a report ({batch.command.status.value}): {stderr}")
            run = DatasetRun(status, None, limits.cpu_ms, batch.command.memory_kb)
        if run.status == "ie":
            raise SandboxError(f"the SQL harness failed on {test.name}: {run.message}")
        message = run.message
        if run.status == "ok":
            assert run.result is not None
            checked = check_result(spec, expected_result(test), run.result)
            verdict = Verdict.AC if checked.accepted else Verdict.WA
            message = checked.message
        else:
            verdict = STATUS_VERDICTS.get(run.status, Verdict.RE)
        details = None
        if test.sample:
            details = SampleDetails(
                input=shown_text(test.read_input()),
                expected=shown_text(test.read_answer()),
                output=shown_run(run),
                stderr=run.message if run.status == "error" else "",
            )
        outcome = TestOutcome(index + 1, test.name, test.sample, verdict, run.time_ms, run.memory_kb, message, details)
        if not result.add(outcome, on_test, keep_going=samples_only):
            break
    return result
