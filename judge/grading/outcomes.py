"""What grading produces, whatever the problem's kind: a verdict per test, and for samples (which
are public) what the test saw."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from judge.grading.verdicts import Verdict

SHOWN_CHARS = 4096  # of a sample's input, expected and actual output
STDERR_LINES = 30  # the last lines of stderr: where a traceback ends


def shown_text(data: bytes, limit: int = SHOWN_CHARS) -> str:
    text = data.decode(errors="replace")
    return text if len(text) <= limit else text[:limit] + "\n… (truncated)"


def stderr_tail(data: bytes) -> str:
    lines = data.decode(errors="replace").rstrip("\n").split("\n")
    tail = "\n".join(lines[-STDERR_LINES:])
    if len(lines) > STDERR_LINES:
        tail = f"… ({len(lines) - STDERR_LINES} lines above)\n" + tail
    return tail[-SHOWN_CHARS:]


@dataclass(frozen=True)
class SampleDetails:
    """What a sample test saw: it is public, so a failure can show all of it (hidden tests never)."""

    input: str
    expected: str
    output: str  # the program's stdout, or a function's returned value (JSON)
    stderr: str  # its last lines: a traceback's end
    printed: str | None = None  # a function's own prints, apart from its returned value


@dataclass(frozen=True)
class TestOutcome:
    __test__ = False  # not a pytest test class
    index: int
    name: str
    sample: bool
    verdict: Verdict
    time_ms: int
    memory_kb: int
    message: str = ""
    details: SampleDetails | None = None
    group: str | None = None  # a scored problem's test group


@dataclass(frozen=True)
class GroupScore:
    """A scored problem's group in a result: the points it won, and the first test that failed."""

    name: str
    points: float  # the most it can win
    score: float
    verdict: Verdict  # AC when every test passed, else the first failure's
    failed_test: int | None = None  # that test's index
    message: str = ""


@dataclass
class GradeResult:
    verdict: Verdict
    compile_output: str = ""
    tests: list[TestOutcome] = field(default_factory=list)
    tests_total: int | None = None  # how many tests there are ("passed k of N"), when known
    score: float | None = None  # a scored problem's: the sum of its groups' scores
    max_score: float | None = None
    groups: list[GroupScore] = field(default_factory=list)

    def add(self, outcome: TestOutcome, on_test: Callable[[TestOutcome], None] | None, *, keep_going: bool) -> bool:
        """Records a finished test (the first failure's verdict is the result's); whether judging
        goes on: after a failure only with `keep_going` (the editor's Run shows every sample)."""
        self.tests.append(outcome)
        if on_test is not None:
            on_test(outcome)
        if outcome.verdict is not Verdict.AC and self.verdict is Verdict.AC:
            self.verdict = outcome.verdict
        return outcome.verdict is Verdict.AC or keep_going

    @property
    def time_ms(self) -> int | None:
        return max((t.time_ms for t in self.tests), default=None)

    @property
    def memory_kb(self) -> int | None:
        return max((t.memory_kb for t in self.tests), default=None)
