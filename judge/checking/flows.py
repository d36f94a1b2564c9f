"""`judge check`: every package through the steps, in parallel up to the pool size.

Phase 1 loads each package and runs the cheap and the program checks (config, tests, generator,
input validator, answers); a fatal error there stops the package. Phase 2 judges the accepted
solutions, phase 3 the others (a Kattis package without a time limit gets its limit from phase
2, by the format's rule), and step 6 then calibrates the time limit from what was measured."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from judge.checking.cache import CheckCache
from judge.checking.report import PackageReport, Report, SolutionRecord
from judge.checking.steps import (
    Toolbox,
    check_answers,
    check_config,
    check_generator,
    check_input_validators,
    check_solutions,
    check_tests,
    check_time_limit,
    judge_solution,
)
from judge.grading.checkers import CheckerError
from judge.problems.loader import load_problem
from judge.problems.package import Problem, ProblemError, Solution
from judge.sandbox.base import SandboxError

KATTIS_SEARCH_LIMIT_MS = 10_000  # accepted runs of a Kattis package without a limit run under this


def find_packages(paths: Iterable[Path]) -> list[Path]:
    """A path is a package (it has problem.yaml) or a folder of packages."""
    packages: list[Path] = []
    for path in paths:
        if (path / "problem.yaml").is_file():
            packages.append(path)
        elif path.is_dir():
            packages += sorted(p for p in path.iterdir() if (p / "problem.yaml").is_file())
        else:
            raise FileNotFoundError(f"{path}: not a problem package or a folder of them")
    return packages


@dataclass
class PackageState:
    report: PackageReport
    problem: Problem | None = None
    solutions: list[tuple[Solution, SolutionRecord | None]] = field(default_factory=list)


Progress = Callable[[str, int], None]  # (description, amount of work done); amount 0 adds to the total


def prepare(path: Path, toolbox: Toolbox) -> PackageState:
    state = PackageState(PackageReport(path=str(path), slug=path.name))
    record = state.report.check("config")
    try:
        problem = load_problem(path)
    except ProblemError as e:
        for line in str(e).splitlines():
            record.error(line)
        return state
    state.report.format = problem.format
    state.report.time_limit_ms = problem.time_limit_ms
    check_config(problem, record)
    check_tests(problem, state.report.check("tests"), toolbox.limits.output_bytes)
    steps = [("generator", check_generator), ("input-validator", check_input_validators), ("answers", check_answers)]
    for name, step in steps:
        try:
            step(problem, state.report.check(name), toolbox)
        except SandboxError as e:
            state.report.checks[-1].error(f"the sandbox failed: {e}")
    if state.report.errors == 0:
        state.problem = problem
        state.solutions = [(solution, None) for solution in problem.solutions]
    return state


class PackageChecker:
    """Runs the phases over many packages with one thread pool of `jobs` workers."""

    def __init__(self, toolbox: Toolbox, jobs: int, progress: Progress, cache: CheckCache | None = None) -> None:
        self.toolbox = toolbox
        self.jobs = jobs
        self.progress = progress
        self.cache = cache

    def run(self, paths: list[Path]) -> Report:
        """Every package's report, in the order given; the cache's where a package is unchanged."""
        reports = {path: self.cache.load(path) for path in paths} if self.cache else {}
        to_check = [path for path in paths if reports.get(path) is None]
        for path, report in zip(to_check, self.check(to_check), strict=True):
            reports[path] = report
            if self.cache:
                self.cache.store(path, report)
        return Report([reports[path] for path in paths])  # type: ignore[misc]

    def check(self, paths: list[Path]) -> list[PackageReport]:
        if not paths:
            return []
        with ThreadPoolExecutor(self.jobs, thread_name_prefix="check") as pool:
            self.progress("checking packages", -len(paths))
            states = list(pool.map(self.prepare, paths))
            for state in states:
                if state.problem is not None and state.problem.time_limit_source != "config":
                    # The format's rule: the limit comes from the accepted runs, measured under a generous one.
                    state.problem = replace(state.problem, time_limit_ms=KATTIS_SEARCH_LIMIT_MS)
            self.judge(states, pool, accepted=True)
            for state in states:
                if state.problem is not None and state.problem.time_limit_source != "config":
                    kattis_time_limit(state)
            self.judge(states, pool, accepted=False)
        for state in states:
            if state.problem is None:
                continue
            records = [record for _, record in state.solutions if record is not None]
            state.report.solutions = records
            check_solutions(state.problem, state.report.check("solutions"), records)
            state.report.suggested_time_limit_ms = check_time_limit(
                state.problem, state.report.check("time-limit"), records
            )
        return [state.report for state in states]

    def prepare(self, path: Path) -> PackageState:
        state = prepare(path, self.toolbox)
        self.progress(f"{path.name}: checked", 1)
        return state

    def judge(self, states: list[PackageState], pool: ThreadPoolExecutor, *, accepted: bool) -> None:
        jobs = [
            (state, index)
            for state in states
            if state.problem is not None
            for index, (solution, _) in enumerate(state.solutions)
            if (solution.expected == "accepted") == accepted
        ]
        self.progress("judging solutions", -len(jobs))
        list(pool.map(lambda job: self.judge_one(*job), jobs))

    def judge_one(self, state: PackageState, index: int) -> None:
        solution, _ = state.solutions[index]
        assert state.problem is not None
        try:
            record = judge_solution(state.problem, solution, self.toolbox)
        except (SandboxError, CheckerError) as e:
            # The package's checker or interactor failed (or the sandbox did): the package's
            # error, reported beside the solution that met it.
            what = "the sandbox failed" if isinstance(e, SandboxError) else "the problem's checker or interactor failed"
            path = solution.path.relative_to(state.problem.root).as_posix()
            path += f" ({solution.language_id})" if solution.language_id else ""
            record = SolutionRecord(path, solution.expected, "IE", "IE", None, 0, False, f"{what}: {e}")
        state.solutions[index] = (solution, record)
        self.progress(f"{state.report.slug}: {solution.path.name}", 1)


def kattis_time_limit(state: PackageState) -> None:
    """The format's rule for a package that states no limit: slowest accepted run x the
    multiplier, rounded up to whole seconds. Written to `.timelimit`, as verifyproblem does, so
    that the server judges with the limit that was checked."""
    problem = state.problem
    assert problem is not None
    accepted = [r for s, r in state.solutions if s.expected == "accepted" and r is not None and r.ok]
    if not accepted:
        return
    slowest = max(r.slowest_ms or 0 for r in accepted)
    seconds = max(1, math.ceil(slowest * problem.time_multipliers[0] / 1000))
    state.problem = replace(problem, time_limit_ms=seconds * 1000, time_limit_source="timelimit-file")
    state.report.time_limit_ms = seconds * 1000
    (problem.root / ".timelimit").write_text(f"{seconds}\n")
