"""Interactive problems through the real sandboxes on both backends: the solution and the
interactor in two sandboxes joined only by their streams. In Python, C++ and Java: an accepted
search, a wrong one, one that never flushes (TLE: both sides wait until the wall clock ends it),
one that exits early, one that floods the interactor; and a crashing interactor, which is the
judge's fault (CheckerError: the worker retries, then IE), never the user's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from judge.grading.checkers import CheckerError
from judge.grading.grader import Grader
from judge.grading.verdicts import Verdict
from judge.languages import language_for_file
from judge.problems.loader import load_kattis, load_native
from judge.problems.package import Problem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PACKAGE = FIXTURES / "kattis" / "hidden-number"
SUBMISSIONS = PACKAGE / "submissions"

CASES = [
    ("accepted/search.py", Verdict.AC),
    ("accepted/search.cpp", Verdict.AC),
    ("accepted/Search.java", Verdict.AC),
    ("wrong_answer/off_by_one.py", Verdict.WA),
    ("wrong_answer/off_by_one.cpp", Verdict.WA),
    ("wrong_answer/OffByOne.java", Verdict.WA),
    ("time_limit_exceeded/no_flush.py", Verdict.TLE),
    ("time_limit_exceeded/no_flush.cpp", Verdict.TLE),
    ("time_limit_exceeded/NoFlush.java", Verdict.TLE),
    ("wrong_answer/gives_up.py", Verdict.WA),
    ("wrong_answer/gives_up.cpp", Verdict.WA),
    ("wrong_answer/GivesUp.java", Verdict.WA),
    ("wrong_answer/flood.py", Verdict.WA),
    ("wrong_answer/flood.cpp", Verdict.WA),
    ("wrong_answer/Flood.java", Verdict.WA),
]


@pytest.fixture(scope="module")
def hidden_number() -> Problem:
    return load_kattis(PACKAGE)


def grade(grader: Grader, problem: Problem, path: Path) -> object:
    language = language_for_file(path.name)
    assert language is not None
    return grader.grade(problem, language, path.read_text())


@pytest.mark.parametrize(("submission", "verdict"), CASES, ids=[case[0] for case in CASES])
def test_each_submission_gets_its_folders_verdict(
    grader: Grader, hidden_number: Problem, submission: str, verdict: Verdict
) -> None:
    result = grade(grader, hidden_number, SUBMISSIONS / submission)
    assert result.verdict is verdict, (result.tests, result.compile_output)  # type: ignore[attr-defined]
    if verdict is Verdict.AC:
        assert len(result.tests) == len(hidden_number.tests)  # type: ignore[attr-defined]


def test_a_solution_that_never_flushes_is_stopped_by_the_wall_clock(grader: Grader, hidden_number: Problem) -> None:
    result = grader.grade(
        hidden_number,
        language_for_file("x.py"),  # type: ignore[arg-type]
        (SUBMISSIONS / "time_limit_exceeded" / "no_flush.py").read_text(),
    )
    first = result.tests[0]
    assert first.verdict is Verdict.TLE
    assert "wall-clock" in first.message
    assert first.time_ms < hidden_number.time_limit_ms  # it waited; it did not compute


def test_a_sample_shows_the_interaction(grader: Grader, hidden_number: Problem) -> None:
    result = grader.grade(
        hidden_number,
        language_for_file("x.py"),  # type: ignore[arg-type]
        (SUBMISSIONS / "accepted" / "search.py").read_text(),
        samples_only=True,
    )
    assert result.verdict is Verdict.AC
    details = result.tests[0].details
    assert details is not None
    assert details.output.splitlines()[:2] == [">? 500000000", "<<"]
    # What the solution said is what the package's sample interaction shows.
    assert details.output.strip() == details.expected.strip()


def test_a_wrong_answer_stops_the_solution_and_judging(grader: Grader, hidden_number: Problem) -> None:
    result = grade(grader, hidden_number, SUBMISSIONS / "wrong_answer" / "flood.cpp")
    assert result.verdict is Verdict.WA  # type: ignore[attr-defined]
    assert len(result.tests) == 1  # type: ignore[attr-defined]


def test_a_crashing_interactor_is_the_judges_fault(grader: Grader) -> None:
    broken = load_kattis(FIXTURES / "broken" / "hidden-number-broken-interactor")
    with pytest.raises(CheckerError, match="interactor failed"):
        grade(grader, broken, SUBMISSIONS / "accepted" / "search.py")


@pytest.fixture(scope="module")
def native_copy(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    """The same problem in the native format: `interactor:` in problem.yaml."""
    root = tmp_path_factory.mktemp("native") / "hidden-number"
    (root / "tests").mkdir(parents=True)
    shutil.copytree(PACKAGE / "data" / "sample", root / "tests" / "sample")
    shutil.copytree(PACKAGE / "data" / "secret", root / "tests" / "hidden")
    shutil.copy(PACKAGE / "output_validator" / "interactor.py", root / "interactor.py")
    shutil.copy(PACKAGE / "statement" / "problem.en.md", root / "statement.md")
    config = {
        "title": "Hidden Number",
        "difficulty": "easy",
        "tags": ["binary-search"],
        "limits": {"time_ms": 1000},
        "interactor": "interactor.py",
    }
    (root / "problem.yaml").write_text(yaml.safe_dump(config))
    return load_native(root)


@pytest.mark.parametrize(
    ("submission", "verdict"),
    [("accepted/search.cpp", Verdict.AC), ("wrong_answer/gives_up.py", Verdict.WA)],
)
def test_the_native_format_names_its_interactor(
    grader: Grader, native_copy: Problem, submission: str, verdict: Verdict
) -> None:
    assert native_copy.interactor is not None
    assert native_copy.interactions["sample/1"].startswith(">? 500000000")
    result = grade(grader, native_copy, SUBMISSIONS / submission)
    assert result.verdict is verdict  # type: ignore[attr-defined]


# --- hostile solutions and interactors, through the relay ------------------------------------------

FLOOD = "import sys\nchunk = b'x' * 65536\nwhile True:\n    sys.stdout.buffer.write(chunk)\n"
DRAIN = "import sys\nwhile sys.stdin.buffer.read(1 << 20):\n    pass\nsys.exit(43)\n"
NAP = "import sys, time\ntime.sleep(1)\nsys.exit(43)\n"
FLOOD_BACK = "import sys\nchunk = b'y' * 65536\nwhile True:\n    sys.stdout.buffer.write(chunk)\n"
ECHO_ONCE = "import sys\nprint(sys.stdin.readline().strip())\n"


def talk_problem(root: Path, interactor: str) -> Problem:
    root.mkdir(parents=True)
    (root / "tests" / "hidden").mkdir(parents=True)
    (root / "tests" / "hidden" / "01.in").write_text("1\n")
    (root / "tests" / "hidden" / "01.ans").write_text("")
    (root / "statement.md").write_text("Talk.\n")
    (root / "interactor.py").write_text(interactor)
    config = {"title": "Talk", "difficulty": "easy", "limits": {"time_ms": 2000}, "interactor": "interactor.py"}
    (root / "problem.yaml").write_text(yaml.safe_dump(config))
    return load_native(root)


def test_a_flood_the_interactor_drains_is_an_output_limit(grader: Grader, tmp_path: Path) -> None:
    result = grader.grade(talk_problem(tmp_path / "p", DRAIN), language_for_file("x.py"), FLOOD)  # type: ignore[arg-type]
    assert result.verdict is Verdict.OLE, result.tests


def test_a_flood_the_interactor_does_not_read_blocks_the_solution(grader: Grader, tmp_path: Path) -> None:
    """Flow control: the solution's writes block as on a full pipe (it spends no CPU waiting, and
    neither the host nor a supervisor buffers the flood), and the interactor's word stands."""
    result = grader.grade(talk_problem(tmp_path / "p", NAP), language_for_file("x.py"), FLOOD)  # type: ignore[arg-type]
    assert result.verdict is Verdict.WA
    assert result.tests[0].time_ms < 500  # blocked for the interactor's whole second, not spinning


def test_an_interactor_that_floods_a_solution_is_the_judges_fault(grader: Grader, tmp_path: Path) -> None:
    """The solution reads one line and leaves; the interactor writes on, never deciding: its
    writes then fail as on a widowed pipe, and it dies without a verdict. An internal error
    (retried, then IE), never the user's."""
    with pytest.raises(CheckerError, match="interactor failed"):
        grader.grade(talk_problem(tmp_path / "p", FLOOD_BACK), language_for_file("x.py"), ECHO_ONCE)  # type: ignore[arg-type]
