"""A loaded problem: what the grader and the API need, independent of the package format."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path

from judge.languages import LANGUAGES, Language, language_for_file
from judge.problems.config import CheckerConfig
from judge.signatures.design import Design
from judge.signatures.signature import Signature
from judge.sql.spec import SqlSpec


class ProblemError(Exception):
    """A problem package is invalid; the message names the file."""


@dataclass(frozen=True)
class TestCase:
    __test__ = False  # not a pytest test class
    name: str  # e.g. "sample/01"
    input_path: Path
    answer_path: Path
    sample: bool
    group: str | None = None  # a scored problem's test group (subtask); None for samples

    def read_input(self) -> bytes:
        return read_test_file(self.input_path)

    def read_answer(self) -> bytes:
        return read_test_file(self.answer_path)


def read_test_file(path: Path) -> bytes:
    """A test file; large ones may be stored gzipped (`01.in.gz`) to keep the repository small."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


# The folders of `solutions/` (native) or `submissions/` (Kattis) and the verdicts each accepts.
# An expected run-time error is met by MLE too, as in Kattis: a crash from a failed allocation is both.
EXPECTED_VERDICTS: dict[str, frozenset[str]] = {
    "accepted": frozenset({"AC"}),
    "wrong_answer": frozenset({"WA"}),
    "time_limit_exceeded": frozenset({"TLE"}),
    "run_time_error": frozenset({"RE", "MLE"}),
    "memory_limit_exceeded": frozenset({"MLE"}),
    # A scored problem's: any verdict, with a score strictly between 0 and the maximum (and equal
    # to the `@EXPECTED_SCORE@: N` its source states, if it states one).
    "partially_accepted": frozenset(),
}


@dataclass(frozen=True)
class TestGroup:
    """A scored problem's group of hidden tests (a subtask): its points are won when its tests pass.
    `min`: all of them (Kattis' `grader_flags: min`, the usual subtask); `sum`: each passed test
    wins its share. Judging a group stops at its first failure (`on_reject: break`) unless the group
    says `continue`."""

    __test__ = False  # not a pytest test class
    name: str
    points: float
    aggregation: str = "min"  # or "sum"
    time_limit_ms: int | None = None  # the group's own limit (native `time_ms`)
    checker_args: tuple[str, ...] = ()  # extra arguments of a checker or interactor (output_validator_flags)
    checker: CheckerConfig | None = None  # the default checker's flags for this group, when they differ
    keep_going: bool = False  # on_reject: continue


@dataclass(frozen=True)
class PackageProgram:
    """A program of the package that the judge runs: a checker, an input validator or a generator.
    `support` are files compiled beside it (Kattis' directory form: a validator and its header)."""

    main: Path
    support: tuple[Path, ...] = ()

    def files(self) -> list[Path]:
        return [self.main, *self.support]


@dataclass(frozen=True)
class Solution:
    path: Path
    expected: str  # a key of EXPECTED_VERDICTS
    # The language, when the file name does not say it: an SQL problem's plain `x.sql` is judged
    # on each of the problem's engines, one Solution per engine.
    language_id: str | None = None

    @property
    def language(self) -> Language | None:
        if self.language_id is not None:
            return LANGUAGES.get(self.language_id)
        return language_for_file(self.path.name)

    @property
    def label(self) -> str:
        """How reports name it: the path, and the engine when one file runs on several."""
        return f"{self.path} ({self.language_id})" if self.language_id else str(self.path)


@dataclass(frozen=True)
class Problem:
    slug: str
    title: str
    difficulty: str
    tags: list[str]
    statement: str
    time_limit_ms: int
    memory_limit_mb: int
    checker: CheckerConfig
    tests: list[TestCase]
    root: Path
    version: str  # content hash of limits, checker and tests: a verdict records what it was judged on
    checker_program: PackageProgram | None = None
    format: str = "native"  # or "kattis"
    config_path: Path | None = None
    statement_path: Path | None = None
    # Where the time limit came from: "config", "timelimit-file" (Kattis' .timelimit) or "default".
    time_limit_source: str = "config"
    # `judge check`'s calibration: the slowest accepted run times the first must fit in the limit;
    # a too-slow solution must still be too slow at the limit times the second.
    time_multipliers: tuple[float, float] = (2.0, 1.5)
    solutions: list[Solution] = field(default_factory=list)
    input_validators: list[PackageProgram] = field(default_factory=list)
    generator: PackageProgram | None = None
    warnings: list[str] = field(default_factory=list)  # what the loader accepted but `judge check` reports
    signature: Signature | None = None  # a function-signature problem (tests are JSON arguments)
    design: Design | None = None  # a design problem (tests are lists of operations)
    sql: SqlSpec | None = None  # an SQL problem (tests are datasets, answers result sets)
    hints: list[str] = field(default_factory=list)  # problem.yaml's `hints`, gentlest first (Kattis: none)
    # An interactive problem's interactor: it runs beside the solution, joined by its stdin and
    # stdout, reads the test input and decides (exit 42 accepted, 43 wrong answer).
    interactor: PackageProgram | None = None
    interactions: dict[str, str] = field(default_factory=dict)  # sample name -> its `.interaction` transcript
    groups: tuple[TestGroup, ...] = ()  # a scored problem's groups; empty: pass-fail

    @property
    def scored(self) -> bool:
        return bool(self.groups)

    @property
    def max_score(self) -> float:
        return sum(group.points for group in self.groups)

    def group(self, name: str | None) -> TestGroup | None:
        return next((group for group in self.groups if group.name == name), None)

    @property
    def samples(self) -> list[TestCase]:
        return [test for test in self.tests if test.sample]
