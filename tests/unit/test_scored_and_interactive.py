"""Scored problems (test groups) and interactive problems, with a FakeSandbox: the loaders of both
formats, group scores and where judging stops, and the interactive verdict's precedence (Kattis'
rules). The real sandboxes are in tests/e2e/test_interactive.py and test_interactive_scoring_api.py."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml

from judge.grading.checkers import CheckerError
from judge.grading.grader import Grader, GradingLimits
from judge.grading.verdicts import Verdict
from judge.languages import LANGUAGES
from judge.problems.kattis import load_kattis
from judge.problems.loader import load_native
from judge.problems.package import ProblemError
from judge.sandbox.base import ExecResult, Limits, RunStatus, Transcript
from judge.sandbox.inside.framing import ChannelReader, write_message
from tests.builders import make_problem
from tests.fakes import FakeSandbox, failed, ok

LIMITS = GradingLimits(compile=Limits(cpu_ms=30_000, memory_kb=1 << 20))
GROUPED = {
    "sample/01": ("1\n", "1\n"),
    "hidden/small/01": ("2\n", "2\n"),
    "hidden/small/02": ("3\n", "3\n"),
    "hidden/large/01": ("4\n", "4\n"),
    "hidden/large/02": ("5\n", "5\n"),
}


def scored(tmp_path: Path, groups: list[dict[str, object]], tests: dict[str, tuple[str, str]] = GROUPED) -> Path:
    return make_problem(tmp_path, "scored", tests=tests, config={"groups": groups})


def echo_except(*wrong: bytes):  # type: ignore[no-untyped-def]
    """Python echoes its input, except the inputs in `wrong`."""

    def responder(argv: Sequence[str], stdin: bytes) -> ExecResult:
        return ok(b"nope\n" if stdin in wrong else stdin)

    return responder


def grade(root: Path, responder, samples_only: bool = False):  # type: ignore[no-untyped-def]
    problem = load_native(root)
    result = Grader(FakeSandbox(responder), LIMITS).grade(
        problem, LANGUAGES["python"], "print(input())", samples_only=samples_only
    )
    return problem, result


def test_native_groups_are_folders_in_the_order_listed(tmp_path: Path) -> None:
    problem = load_native(scored(tmp_path, [{"name": "small", "points": 40}, {"name": "large", "points": 60}]))
    assert [t.name for t in problem.tests] == [
        "sample/01",
        "hidden/small/01",
        "hidden/small/02",
        "hidden/large/01",
        "hidden/large/02",
    ]
    assert [t.group for t in problem.tests] == [None, "small", "small", "large", "large"]
    assert problem.scored and problem.max_score == 100


@pytest.mark.parametrize(
    ("groups", "tests", "message"),
    [
        ([{"name": "small", "points": 40}], GROUPED, "one of: small"),  # large/ is in no group
        (
            [{"name": "small", "points": 40}, {"name": "large", "points": 1}, {"name": "huge", "points": 1}],
            GROUPED,
            "groups without tests: huge",
        ),
        ([{"name": "small", "points": 1}, {"name": "small", "points": 2}], GROUPED, "names repeat"),
        ([{"name": "small", "points": 0}], GROUPED, "greater than 0"),
        ([{"name": "Small Group", "points": 1}], GROUPED, "should match pattern"),
    ],
)
def test_native_groups_refuse_what_cannot_be_scored(
    tmp_path: Path, groups: list[dict[str, object]], tests: dict[str, tuple[str, str]], message: str
) -> None:
    with pytest.raises(ProblemError, match=message):
        load_native(scored(tmp_path, groups, tests))


def test_a_min_group_wins_all_or_nothing_and_judging_goes_on(tmp_path: Path) -> None:
    root = scored(tmp_path, [{"name": "small", "points": 40}, {"name": "large", "points": 60}])
    _, result = grade(root, echo_except(b"2\n"))  # small/01 fails
    assert result.verdict is Verdict.WA
    assert (result.score, result.max_score) == (60, 100)
    assert [(g.name, g.score, g.verdict, g.failed_test) for g in result.groups] == [
        ("small", 0, Verdict.WA, 2),
        ("large", 60, Verdict.AC, None),
    ]
    # The small group stopped at its failure (small/02 never ran); the large group ran.
    assert [t.name for t in result.tests] == ["sample/01", "hidden/small/01", "hidden/large/01", "hidden/large/02"]


def test_a_sum_group_wins_a_share_per_test_and_keeps_going(tmp_path: Path) -> None:
    root = scored(
        tmp_path,
        [{"name": "small", "points": 40, "aggregation": "sum", "keep_going": True}, {"name": "large", "points": 60}],
    )
    _, result = grade(root, echo_except(b"2\n", b"5\n"))
    assert result.score == 20  # half of small; large lost its second test
    assert [t.name for t in result.tests if t.group == "small"] == ["hidden/small/01", "hidden/small/02"]


def test_a_failing_sample_does_not_stop_a_scored_problem(tmp_path: Path) -> None:
    root = scored(tmp_path, [{"name": "small", "points": 40}, {"name": "large", "points": 60}])
    _, result = grade(root, echo_except(b"1\n"))
    assert result.verdict is Verdict.WA and result.score == 100 and len(result.tests) == 5


def test_a_group_has_its_own_time_limit(tmp_path: Path) -> None:
    root = scored(tmp_path, [{"name": "small", "points": 40, "time_ms": 300}, {"name": "large", "points": 60}])
    seen: list[int] = []
    problem = load_native(root)
    sandbox = FakeSandbox(lambda argv, stdin: ok(stdin))
    original = sandbox.session

    def recording():  # type: ignore[no-untyped-def]
        context = original()
        session = context.__enter__()
        execute = session.execute

        def spy(argv, *, limits, stdin=b"", env=None):  # type: ignore[no-untyped-def]
            seen.append(limits.cpu_ms)
            return execute(argv, limits=limits, stdin=stdin, env=env)

        session.execute = spy  # type: ignore[method-assign]

        class Context:
            def __enter__(self):  # type: ignore[no-untyped-def]
                return session

            def __exit__(self, *args):  # type: ignore[no-untyped-def]
                return context.__exit__(*args)

        return Context()

    sandbox.session = recording  # type: ignore[method-assign]
    Grader(sandbox, LIMITS).grade(problem, LANGUAGES["python"], "print(input())")
    assert seen[-5:] == [1000, 300, 300, 1000, 1000]  # after the compile: the sample, small, large


def test_a_compile_error_scores_zero_in_every_group(tmp_path: Path) -> None:
    root = scored(tmp_path, [{"name": "small", "points": 40}, {"name": "large", "points": 60}])
    problem = load_native(root)
    result = Grader(FakeSandbox(lambda argv, stdin: failed(RunStatus.RE, stderr=b"error")), LIMITS).grade(
        problem, LANGUAGES["cpp"], "int main( {"
    )
    assert result.verdict is Verdict.CE and result.score == 0 and result.max_score == 100
    assert [g.verdict for g in result.groups] == [Verdict.CE, Verdict.CE]


def test_samples_only_runs_are_not_scored(tmp_path: Path) -> None:
    root = scored(tmp_path, [{"name": "small", "points": 40}, {"name": "large", "points": 60}])
    _, result = grade(root, echo_except(), samples_only=True)
    assert result.score is None and result.groups == []


# --- Kattis scoring -------------------------------------------------------------------------------


def kattis(root: Path, files: dict[str, str], config: dict[str, object] | None = None) -> Path:
    (root / "problem_statement").mkdir(parents=True)
    (root / "problem_statement" / "problem.en.md").write_text("Echo.\n")
    (root / "problem.yaml").write_text(yaml.safe_dump({"name": "Echo", "type": "scoring", **(config or {})}))
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_kattis_groups_inherit_testdata_and_score_by_their_aggregation(tmp_path: Path) -> None:
    root = kattis(
        tmp_path / "p",
        {
            "data/sample/1.in": "1\n",
            "data/sample/1.ans": "1\n",
            "data/testdata.yaml": "on_reject: continue\n",
            "data/secret/testdata.yaml": "accept_score: 5\n",
            "data/secret/a/1.in": "2\n",
            "data/secret/a/1.ans": "2\n",
            "data/secret/a/2.in": "3\n",
            "data/secret/a/2.ans": "3\n",
            "data/secret/a/testdata.yaml": "grader_flags: min\naccept_score: 30\non_reject: break\n",
            "data/secret/b/1.in": "4\n",
            "data/secret/b/1.ans": "4\n",
            "data/secret/b/2.in": "5\n",
            "data/secret/b/2.ans": "5\n",
            "data/secret/b/testdata.yaml": "output_validator_flags: float_tolerance 1e-3\n",
            "data/secret/c/1.in": "6\n",
            "data/secret/c/1.ans": "6\n",
            "data/secret/c/testdata.yaml": "scoring:\n  score: 25\n  aggregation: min\n",
        },
    )
    problem = load_kattis(root)
    groups = {g.name: g for g in problem.groups}
    assert (groups["a"].points, groups["a"].aggregation, groups["a"].keep_going) == (30, "min", False)
    # b: the default sum of accept_score (inherited 5) per test, and it goes on after a failure.
    assert (groups["b"].points, groups["b"].aggregation, groups["b"].keep_going) == (10, "sum", True)
    assert groups["b"].checker is not None and groups["b"].checker.float_tolerance == 1e-3
    assert (groups["c"].points, groups["c"].aggregation) == (25, "min")
    assert problem.max_score == 65


@pytest.mark.parametrize(
    ("testdata", "message"),
    [
        ("grader_flag: min\n", "did you mean grader_flags"),
        ("grading: custom\n", "custom graders are not supported"),
        ("grader_flags: max\n", "'max' score aggregation is not supported"),
        ("accept_score: 0\n", "worth 0 points"),
    ],
)
def test_kattis_testdata_the_judge_cannot_honour_is_an_error(tmp_path: Path, testdata: str, message: str) -> None:
    root = kattis(
        tmp_path / "p",
        {"data/secret/g/1.in": "1\n", "data/secret/g/1.ans": "1\n", "data/secret/g/testdata.yaml": testdata},
    )
    with pytest.raises(ProblemError, match=message):
        load_kattis(root)


# --- interactive: the verdict's precedence ----------------------------------------------------------


def interactive(tmp_path: Path) -> Path:
    root = make_problem(tmp_path, "talk", config={"interactor": "interactor.py"})
    (root / "interactor.py").write_text("import sys\nsys.exit(42)\n")
    return root


def result(status: RunStatus = RunStatus.OK, exit_code: int | None = 0, time_ms: int = 5, **more: object) -> ExecResult:
    return ExecResult(status, exit_code, None, time_ms, time_ms, 1000, **more)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("solution", "interactor", "interactor_first", "verdict"),
    [
        (result(), result(RunStatus.RE, 42), False, Verdict.AC),
        (result(), result(RunStatus.RE, 43), False, Verdict.WA),
        # The interactor said "wrong" first: the solution's crash afterwards does not matter.
        (result(RunStatus.RE, 1), result(RunStatus.RE, 43), True, Verdict.WA),
        # The solution failed first: its own verdict, though the interactor then said "wrong".
        (result(RunStatus.RE, 1), result(RunStatus.RE, 43), False, Verdict.RE),
        (result(RunStatus.TLE, None, wall_exceeded=True), result(RunStatus.RE, 43), False, Verdict.TLE),
        (result(RunStatus.RE, 1), result(RunStatus.RE, 42), False, Verdict.RE),
        (result(RunStatus.MLE, None), result(RunStatus.RE, 43), False, Verdict.MLE),
        (result(time_ms=1500), result(RunStatus.RE, 42), False, Verdict.TLE),  # over the limit, not killed
    ],
)
def test_the_interactive_verdict_follows_kattis(
    tmp_path: Path, solution: ExecResult, interactor: ExecResult, interactor_first: bool, verdict: Verdict
) -> None:
    problem = load_native(interactive(tmp_path))
    sandbox = FakeSandbox(
        lambda argv, stdin: ok(), connector=lambda test_input: (solution, interactor, interactor_first)
    )
    graded = Grader(sandbox, LIMITS).grade(problem, LANGUAGES["python"], "print(1)")
    assert graded.verdict is verdict
    # Judging stops at the first failure; an accepted run passes every test.
    assert len(graded.tests) == (len(problem.tests) if verdict is Verdict.AC else 1)


def test_an_interactor_that_crashes_is_the_judges_fault(tmp_path: Path) -> None:
    problem = load_native(interactive(tmp_path))
    crash = result(RunStatus.RE, 1, stderr=b"Traceback: boom")
    sandbox = FakeSandbox(lambda argv, stdin: ok(), connector=lambda test_input: (result(), crash, True))
    with pytest.raises(CheckerError, match="interactor failed.*boom"):
        Grader(sandbox, LIMITS).grade(problem, LANGUAGES["python"], "print(1)")


def test_an_interactive_problem_refuses_a_checker_too(tmp_path: Path) -> None:
    with pytest.raises(ProblemError, match="interactor decides"):
        load_native(make_problem(tmp_path, "x", config={"interactor": "i.py", "checker": {"program": "c.py"}}))


# --- the streaming channel's pieces ---------------------------------------------------------------


def test_the_channel_reader_yields_only_whole_messages(tmp_path: Path) -> None:
    import io
    import os

    buffer = io.BytesIO()
    write_message(buffer, {"op": "in"}, b"hello")
    write_message(buffer, {"op": "ack", "bytes": 5})
    data = buffer.getvalue()
    read_fd, write_fd = os.pipe()
    reader = ChannelReader(read_fd)
    os.write(write_fd, data[:10])
    reader.fill()
    assert reader.buffered_message() is None and reader.pending()  # half a message
    os.write(write_fd, data[10:])
    reader.fill()
    assert reader.buffered_message() == ({"op": "in"}, [b"hello"])
    assert reader.buffered_message() == ({"op": "ack", "bytes": 5}, [])
    assert reader.buffered_message() is None and not reader.pending()
    os.close(read_fd)
    os.close(write_fd)


def test_a_transcript_reads_like_a_kattis_interaction() -> None:
    transcript = Transcript(limit=40)
    transcript.add("first", b"? 5\n")
    transcript.add("second", b"<\n")
    transcript.add("first", b"? 2\n! 2\n")
    assert transcript.interaction() == ">? 5\n<<\n>? 2\n>! 2"
    transcript.add("second", b"x" * 100)
    assert transcript.interaction().endswith("… (truncated)") and transcript.size == 40


def test_a_2023_package_uses_the_output_validator_it_has(tmp_path: Path) -> None:
    """The 2023-07 format has no `validation` key: an output_validator/ present is the checker."""
    root = kattis(
        tmp_path / "p",
        {
            "data/secret/1.in": "1\n",
            "data/secret/1.ans": "1\n",
            "output_validator/check.py": "import sys\nsys.exit(42)\n",
        },
        {"type": "pass-fail", "problem_format_version": "2023-07-draft"},
    )
    problem = load_kattis(root)
    assert problem.checker_program is not None and problem.checker_program.main.name == "check.py"
    assert problem.interactor is None and not problem.scored
