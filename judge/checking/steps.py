"""The checks of `judge check`, one function each, in the order they run on a package (see the
README, "Checking problem packages"). Each writes its findings into a CheckRecord; the flow in
`flows.py` decides what runs, in parallel, and stops a package at its first fatal error."""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from judge.checking import sql as sql_checks
from judge.checking.generation import GeneratorCache, GeneratorError, generate_inputs
from judge.checking.report import CheckRecord, SolutionRecord
from judge.grading.checkers import CheckerError
from judge.grading.compile_cache import CompileCache
from judge.grading.grader import Grader, GradeResult, GradingLimits, TestOutcome, score_groups
from judge.grading.interactive import Interactor
from judge.grading.program import Program, ProgramError
from judge.grading.verdicts import Verdict
from judge.languages import LANGUAGES
from judge.problems.package import EXPECTED_VERDICTS, Problem, Solution
from judge.sandbox.base import ExecResult, Limits, RunStatus, Sandbox
from judge.signatures.arguments import arguments_errors
from judge.signatures.compare import reject_constant
from judge.signatures.design import answer_errors, operations_errors
from judge.signatures.types import conformance_error

VALID_EXIT = 42  # Kattis: an input validator exits 42 for a valid input, 43 for an invalid one
MAX_INPUT_BYTES = 256 * 1024 * 1024
VALIDATOR_LIMITS = Limits(cpu_ms=30_000, memory_kb=1024 * 1024, output_bytes=1024 * 1024)
JUNK_INPUTS = {
    "empty input": b"",
    "a blank line": b"\n",
    "random bytes": random.Random(42).randbytes(4096),
}
JUNK_OUTPUTS = {
    "empty output": b"",
    "a word": b"junk\n",
    "a huge number": b"9" * 400 + b"\n",
    "a negative number": b"-1\n",
    "nan and inf": b"nan inf -inf 1e999\n",
    "random bytes": random.Random(43).randbytes(4096),
}


class TimingLock:
    """Solutions are judged side by side (shared), but a run timed again at the edge of its limit
    runs alone (exclusive): two CPU-bound programs on a small host's sibling cores slow each other
    down by up to 1.7x, which is what made the run look slow in the first place."""

    def __init__(self) -> None:
        self.condition = threading.Condition()
        self.sharing = 0
        self.exclusive_wanted = 0
        self.exclusive_running = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self.condition:
            self.condition.wait_for(lambda: self.exclusive_wanted == 0)
            self.sharing += 1
        try:
            yield
        finally:
            with self.condition:
                self.sharing -= 1
                self.condition.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self.condition:
            self.exclusive_wanted += 1
            self.condition.wait_for(lambda: self.sharing == 0 and not self.exclusive_running)
            self.exclusive_running = True
        try:
            yield
        finally:
            with self.condition:
                self.exclusive_running = False
                self.exclusive_wanted -= 1
                self.condition.notify_all()


@dataclass
class Toolbox:
    """What the sandboxed checks need; one per `judge check` run, shared by its threads."""

    sandbox: Sandbox
    limits: GradingLimits
    compile_cache: CompileCache
    generator_cache: GeneratorCache | None = None
    timing: TimingLock = field(default_factory=TimingLock)

    def grader(self) -> Grader:
        return Grader(self.sandbox, self.limits, self.compile_cache)


def relative(problem: Problem, path: Path) -> str:
    for root in (problem.root, problem.root.resolve()):
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return str(path)


def last_line(error: Exception) -> str:
    """A failing program's message without its whole traceback: the last line says what broke."""
    lines = [line for line in str(error).strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else type(error).__name__


def check_config(problem: Problem, record: CheckRecord) -> None:
    """Step 1, after the loader has parsed the config and statement (its errors are fatal)."""
    for warning in problem.warnings:
        record.warn(warning)
    if not problem.samples and problem.format == "native":
        record.error(f"{problem.root / 'tests/sample'}: no sample tests (users see these; at least one is needed)")
    elif not problem.samples:  # the Kattis format allows it, and problemtools accepts it
        record.warn(f"{problem.root / 'data/sample'}: no sample tests: users see no example")
    if all(test.sample for test in problem.tests):
        record.warn(f"{problem.root}: no hidden tests: the samples are all that is judged")
    if problem.format == "native" and not problem.tags:
        record.warn(f"{problem.config_path}: tags: none, so the problem appears under no topic")
    partial = [s for s in problem.solutions if s.expected == "partially_accepted"]
    if partial and not problem.scored:
        record.error(f"{partial[0].path.parent}: partially_accepted is for scored problems (test groups with points)")


def check_tests(problem: Problem, record: CheckRecord, output_limit_bytes: int) -> None:
    """Step 2: newlines, duplicates and sizes."""
    seen: dict[str, str] = {}
    for test in problem.tests:
        data = test.read_input()
        answer = test.read_answer()
        input_name = relative(problem, test.input_path)
        if not data:
            record.warn(f"{input_name}: empty input")
        elif not data.endswith(b"\n"):
            record.error(f"{input_name}: does not end with a newline")
        if b"\r" in data:
            record.warn(f"{input_name}: has carriage returns (\\r): Windows line ends?")
        if answer and not answer.endswith(b"\n"):
            record.warn(f"{relative(problem, test.answer_path)}: does not end with a newline")
        if len(data) > MAX_INPUT_BYTES:
            record.error(f"{input_name}: {len(data)} bytes, more than the {MAX_INPUT_BYTES} an input may have")
        if len(answer) > output_limit_bytes:
            record.error(
                f"{relative(problem, test.answer_path)}: {len(answer)} bytes: a correct solution would exceed "
                f"the output limit ({output_limit_bytes} bytes)"
            )
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            other = seen[digest]
            message = f"{input_name}: the same input as {other}"
            if test.sample != other.startswith(("tests/sample", "data/sample")):
                record.warn(message + " (a sample repeated among the hidden tests)")
            elif (problem.format != "native" or problem.scored) and Path(input_name).parent != Path(other).parent:
                pass  # the same input in two test groups: normal for subtasks
            elif problem.format != "native":
                record.warn(message)
            else:
                record.error(message)
        else:
            seen[digest] = input_name


def check_generator(problem: Problem, record: CheckRecord, toolbox: Toolbox) -> None:
    """Step 2, continued: the generator runs twice with the same output, which is the committed
    hidden inputs byte for byte (so the tests in git are what the generator makes)."""
    if problem.generator is None:
        record.skipped = "no generator"
        return
    try:
        inputs, _ = generate_inputs(
            toolbox.sandbox, problem.generator, toolbox.limits.compile, toolbox.compile_cache, toolbox.generator_cache
        )
    except GeneratorError as e:
        record.error(str(e))
        return
    hidden = {test.name.removeprefix("hidden/") + ".in": test for test in problem.tests if not test.sample}
    generator = relative(problem, problem.generator.main)
    for name in sorted(inputs.keys() - hidden.keys()):
        record.error(f"{generator} writes {name}, which tests/hidden does not have: run `judge generate`")
    for name in sorted(hidden.keys() - inputs.keys()):
        record.error(f"{relative(problem, hidden[name].input_path)}: not written by {generator}: run `judge generate`")
    for name in sorted(inputs.keys() & hidden.keys()):
        if hidden[name].read_input() != inputs[name]:
            stale = relative(problem, hidden[name].input_path)
            record.error(f"{stale}: differs from what {generator} writes: run `judge generate`")


def is_valid(result: ExecResult) -> bool:
    # Any exit but 0 is a run-time error to the sandbox; for a validator, 42 is its answer.
    return result.status in (RunStatus.OK, RunStatus.RE) and result.exit_code == VALID_EXIT


def check_signature_types(problem: Problem, record: CheckRecord) -> None:
    """For a function-signature problem, the built-in part of step 3: every input is one JSON value
    per parameter, one per line, of the parameter's type; every answer one of the return type."""
    signature = problem.signature
    assert signature is not None
    for test in problem.tests:
        name = relative(problem, test.input_path)
        for error in arguments_errors(signature, test.read_input().decode("utf-8", errors="replace")):
            record.error(f"{name}: {error}")
        try:
            answer = json.loads(test.read_answer(), parse_constant=reject_constant)
            error = conformance_error(answer, signature.returns, "the answer")
        except ValueError as e:
            error = f"not valid JSON ({e})"
        if error:
            record.error(f"{relative(problem, test.answer_path)}: {error}")


def check_design_operations(problem: Problem, record: CheckRecord) -> None:
    """For a design problem, the built-in part of step 3: every input is a list of operations on
    the class with arguments of their types, and every answer what those calls return, by type."""
    design = problem.design
    assert design is not None
    for test in problem.tests:
        text = test.read_input().decode("utf-8", errors="replace")
        errors = operations_errors(design, text)
        for error in errors:
            record.error(f"{relative(problem, test.input_path)}: {error}")
        if errors:
            continue
        try:
            answer = json.loads(test.read_answer(), parse_constant=reject_constant)
        except ValueError as e:
            record.error(f"{relative(problem, test.answer_path)}: not valid JSON ({e})")
            continue
        for error in answer_errors(design, text, answer):
            record.error(f"{relative(problem, test.answer_path)}: {error}")


def check_input_validators(problem: Problem, record: CheckRecord, toolbox: Toolbox) -> None:
    """Step 3: every validator accepts every input, and (a warning otherwise) rejects junk."""
    if problem.signature is not None:
        check_signature_types(problem, record)
    if problem.design is not None:
        check_design_operations(problem, record)
    if problem.sql is not None and not problem.input_validators:
        # The judge validates an SQL dataset itself: against the schema, by the dataset format.
        sql_checks.check_insert_order(problem, record, toolbox, sql_checks.check_datasets(problem, record))
        return
    if not problem.input_validators:
        where = "validator/validate.<ext>" if problem.format == "native" else "input_validators/"
        record.warn(f"{problem.root}: no input validator ({where}): nothing checks the tests match the statement")
        return
    for validator in problem.input_validators:
        name = relative(problem, validator.main)
        with toolbox.sandbox.session() as session:
            try:
                program = Program.from_package(validator)
                program.prepare(session, toolbox.limits.compile, toolbox.compile_cache)
            except ProgramError as e:
                record.error(str(e))
                continue
            for test in problem.tests:
                result = program.run(session, VALIDATOR_LIMITS, test.read_input())
                if is_valid(result):
                    continue
                detail = (result.stderr or result.stdout).decode(errors="replace").strip()[-500:]
                how = f"exit {result.exit_code}" if result.status in (RunStatus.OK, RunStatus.RE) else result.status
                record.error(f"{name} rejects {relative(problem, test.input_path)} ({how}): {detail}")
            for label, junk in JUNK_INPUTS.items():
                result = program.run(session, VALIDATOR_LIMITS, junk)
                if is_valid(result):
                    record.warn(f"{name} accepts junk ({label}): is it strict enough?")


def check_answers(problem: Problem, record: CheckRecord, toolbox: Toolbox) -> None:
    """Step 4: each answer passes the checker as an output; a custom checker survives junk."""
    if problem.sql is not None:
        sql_checks.check_answers(problem, record)
        return
    if problem.interactor is not None:
        check_interactor(problem, record, toolbox)
        return
    with ExitStack() as stack:
        try:
            checker = toolbox.grader().checker_for(problem, stack)
        except CheckerError as e:
            record.error(str(e))
            return
        sample_input = problem.tests[0].read_input()
        sample_answer = problem.tests[0].read_answer()
        try:
            for test in problem.tests:
                if not checker.check(test.read_input(), test.read_answer(), test.read_answer()).accepted:
                    record.error(f"{relative(problem, test.answer_path)}: the checker rejects the answer itself")
            if problem.checker_program is not None:
                for label, junk in JUNK_OUTPUTS.items():
                    try:
                        checker.check(sample_input, sample_answer, junk)
                    except CheckerError as e:
                        checker_name = relative(problem, problem.checker_program.main)
                        record.error(f"{checker_name} crashes on {label}: {last_line(e)}")
        except CheckerError as e:
            record.error(f"the checker failed on an answer file: {last_line(e)}")


def check_interactor(problem: Problem, record: CheckRecord, toolbox: Toolbox) -> None:
    """Step 4 of an interactive problem (its answers are the interactor's to read): the
    interactor survives a solution that sends junk, or nothing, and leaves."""
    python = LANGUAGES.get("python")
    assert problem.interactor is not None
    if python is None:
        return
    name = relative(problem, problem.interactor.main)
    test = problem.tests[0]
    limits = toolbox.grader().limits.for_problem(problem)
    with ExitStack() as stack:
        try:
            interactor_session, program = toolbox.grader().package_program(problem.interactor, stack)
        except CheckerError as e:
            record.error(str(e))
            return
        interactor = Interactor(interactor_session, program, toolbox.grader().limits.checker)
        session = stack.enter_context(toolbox.sandbox.session())
        for label, junk in JUNK_OUTPUTS.items():
            sender = Program(python, f"import sys\nsys.stdout.buffer.write(bytes.fromhex({junk.hex()!r}))\n")
            sender.compile(session, toolbox.limits.compile)
            try:
                done = interactor.run(session, sender, test.read_input(), test.read_answer(), limits)
            except CheckerError as e:
                record.error(f"{name} crashes when the solution sends {label}: {last_line(e)}")
                continue
            if done.verdict is Verdict.AC:
                record.error(f"{name} accepts a solution that sends {label}")


def verdict_at(outcomes: list[TestOutcome], final: Verdict, limit_ms: int) -> Verdict:
    """The verdict under `limit_ms` of a run judged under a longer limit: the first test that
    fails or takes longer than the limit decides it."""
    for outcome in outcomes:
        if outcome.time_ms > limit_ms:
            return Verdict.TLE
        if outcome.verdict is not Verdict.AC:
            return outcome.verdict
    return final


# An accepted run whose slowest test is too close to the limit is judged again, up to this many
# runs in all, and each test keeps its fastest time: CPU time on a shared machine only ever grows
# with what else runs (caches, frequency), so the fastest run is the truest, and a margin error
# should mean the solution is slow, not that the machine was busy.
TIMING_RUNS = 3


def fastest_of(first: GradeResult, again: GradeResult) -> GradeResult:
    """`first` with each test timed again in `again` (the same verdict) at its faster time."""
    times = {t.name: t.time_ms for t in again.tests if t.verdict is Verdict.AC}
    tests = [replace(t, time_ms=min(t.time_ms, times.get(t.name, t.time_ms))) for t in first.tests]
    return replace(first, tests=tests)


def judge_solution(problem: Problem, solution: Solution, toolbox: Toolbox) -> SolutionRecord:
    """Step 5: judge under the limit x the too-slow multiplier, which also tells the verdict
    under the limit itself (CPU time is measured, not just cut off)."""
    name = relative(problem, solution.path) + (f" ({solution.language_id})" if solution.language_id else "")
    language = solution.language
    assert language is not None  # the loader only lists solutions of known languages
    over_limit = math.ceil(problem.time_limit_ms * problem.time_multipliers[1])
    extended = replace(problem, time_limit_ms=min(over_limit, 30_000))
    source = solution.path.read_text(encoding="utf-8")
    with toolbox.timing.shared():
        result = toolbox.grader().grade(extended, language, source)
    for _ in range(TIMING_RUNS - 1):
        # Only the tests too close to the limit are timed again (a design problem's accepted
        # runs take seconds each: judging every test again, alone, is what made checks slow).
        close = {t.name for t in result.tests if t.time_ms * problem.time_multipliers[0] > problem.time_limit_ms}
        if solution.expected != "accepted" or result.verdict is not Verdict.AC or not close:
            break
        again = replace(extended, tests=[test for test in extended.tests if test.name in close])
        with toolbox.timing.exclusive():  # timed again alone, the other solutions wait
            result = fastest_of(result, toolbox.grader().grade(again, language, source))
    verdict = verdict_at(result.tests, result.verdict, problem.time_limit_ms)
    ok = verdict.value in EXPECTED_VERDICTS[solution.expected]
    failed = next((t for t in result.tests if t.verdict is not Verdict.AC or t.time_ms > problem.time_limit_ms), None)
    message = ""
    if failed is not None and failed.time_ms > problem.time_limit_ms:
        message = f"{failed.name}: {failed.time_ms} ms, over the {problem.time_limit_ms} ms limit"
    elif failed is not None:
        message = f"{failed.name}: {failed.verdict.value} {failed.message}".strip()
    elif result.verdict is Verdict.CE:
        message = result.compile_output[-1000:]
    score = None
    if problem.scored:
        score = score_at(problem, result, problem.time_limit_ms)
        ok, message = scored_expectation(problem, solution, source, verdict, score, message)
    return SolutionRecord(
        path=name,
        expected=solution.expected,
        verdict=verdict.value,
        verdict_over_limit=result.verdict.value,
        slowest_ms=result.time_ms,
        tests_run=len(result.tests),
        ok=ok,
        message=message,
        score=score,
        max_score=problem.max_score if problem.scored else None,
    )


EXPECTED_SCORE = re.compile(r"@EXPECTED_SCORE@\s*:?\s*([0-9]+(?:\.[0-9]+)?)")


def score_at(problem: Problem, result: GradeResult, limit_ms: int) -> float:
    """A scored result's score had the time limit been `limit_ms` (it was judged under a longer one)."""
    tests = [
        replace(t, verdict=Verdict.TLE) if t.verdict is Verdict.AC and t.time_ms > limit_ms else t for t in result.tests
    ]
    again = replace(result, tests=tests, groups=[])
    score_groups(problem, again)
    return again.score or 0.0


def scored_expectation(
    problem: Problem, solution: Solution, source: str, verdict: Verdict, score: float, message: str
) -> tuple[bool, str]:
    """Whether a scored problem's solution met its folder: accepted wins every point,
    partially_accepted some but not all (and what `@EXPECTED_SCORE@: N` in its source says), the
    others their verdict (and then, as in Kattis, less than every point)."""
    top = problem.max_score
    said = f"score {score:g} of {top:g}" + (f"; {message}" if message else "")
    if solution.expected == "accepted":
        return math.isclose(score, top) and verdict is Verdict.AC, said
    if solution.expected == "partially_accepted":
        stated = EXPECTED_SCORE.search(source)
        if stated is not None and not math.isclose(score, float(stated.group(1))):
            return False, f"{said}; its source expects {float(stated.group(1)):g}"
        return 0 < score < top and not math.isclose(score, top), said
    return verdict.value in EXPECTED_VERDICTS[solution.expected] and score < top, said


def check_solutions(problem: Problem, record: CheckRecord, solutions: list[SolutionRecord]) -> None:
    if not any(s.expected == "accepted" for s in solutions):
        record.error(f"{problem.root}: no accepted solution, so the tests and the time limit are unproven")
    for s in solutions:
        if not s.ok and s.expected == "partially_accepted":
            record.error(f"{s.path}: expected a partial score, got {s.verdict} ({s.message})")
        elif not s.ok:
            wanted = " or ".join(sorted(EXPECTED_VERDICTS[s.expected]))
            record.error(f"{s.path}: expected {wanted}, got {s.verdict}" + (f" ({s.message})" if s.message else ""))


def suggested_time_limit(problem: Problem, solutions: list[SolutionRecord]) -> int | None:
    """The slowest accepted run x the safety multiplier, rounded up to 100 ms."""
    slowest = max((s.slowest_ms or 0 for s in solutions if s.expected == "accepted" and s.ok), default=None)
    if slowest is None:
        return None
    return max(100, math.ceil(max(slowest, 1) * problem.time_multipliers[0] / 100) * 100)


def check_time_limit(problem: Problem, record: CheckRecord, solutions: list[SolutionRecord]) -> int | None:
    """Step 6: accepted runs fit under the limit with a margin; too-slow ones are clearly too slow."""
    ac_factor, tle_factor = problem.time_multipliers
    suggested = suggested_time_limit(problem, solutions)
    where = problem.config_path
    for s in solutions:
        if s.expected == "accepted" and s.ok and (s.slowest_ms or 0) * ac_factor > problem.time_limit_ms:
            record.error(
                f"{s.path}: its slowest test takes {s.slowest_ms} ms; x{ac_factor:g} that is over the time limit "
                f"{problem.time_limit_ms} ms (suggested limit: {suggested} ms, in {where})"
            )
        if s.expected == "time_limit_exceeded" and s.verdict == "TLE" and s.verdict_over_limit != "TLE":
            record.error(
                f"{s.path}: too slow at {problem.time_limit_ms} ms but not at x{tle_factor:g} "
                f"({s.verdict_over_limit}): it must be clearly too slow, or the limit is too tight"
            )
        elif s.expected != "time_limit_exceeded" and s.verdict != s.verdict_over_limit:
            record.warn(
                f"{s.path}: sensitive to time limit: {s.verdict} at {problem.time_limit_ms} ms, "
                f"{s.verdict_over_limit} at x{tle_factor:g}"
            )
    return suggested
