"""A loaded problem: what the grader and the API need, independent of the package format."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path

from judge.problems.config import CheckerConfig


class ProblemError(Exception):
    """A problem package is invalid; the message names the file."""


@dataclass(frozen=True)
class TestCase:
    __test__ = False  # not a pytest test class
    name: str  # e.g. "sample/01"
    input_path: Path
    answer_path: Path
    sample: bool

    def read_input(self) -> bytes:
        return read_test_file(self.input_path)

    def read_answer(self) -> bytes:
        return read_test_file(self.answer_path)


def read_test_file(path: Path) -> bytes:
    """A test file; large ones may be stored gzipped (`01.in.gz`) to keep the repository small."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


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
    checker_program: Path | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def samples(self) -> list[TestCase]:
        return [test for test in self.tests if test.sample]
