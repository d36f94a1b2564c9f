from collections.abc import Sequence

from judge.grading.grader import Grader, GradingLimits
from judge.grading.verdicts import Verdict
from judge.languages import LANGUAGES
from judge.problems.loader import load_native
from judge.sandbox.base import ExecResult, Limits, RunStatus
from tests.builders import make_problem
from tests.fakes import FakeSandbox, failed, ok

LIMITS = GradingLimits(compile=Limits(cpu_ms=30_000, memory_kb=1 << 20))
THREE_TESTS = {"sample/01": ("1\n", "1\n"), "hidden/01": ("2\n", "2\n"), "hidden/02": ("3\n", "3\n")}


def grade(tmp_path, responder, language="cpp", tests=THREE_TESTS, **problem_options):  # type: ignore[no-untyped-def]
    problem = load_native(make_problem(tmp_path, tests=tests, **problem_options))
    sandbox = FakeSandbox(responder)
    seen = []
    result = Grader(sandbox, LIMITS).grade(problem, LANGUAGES[language], "source", seen.append)
    return result, seen, sandbox


def is_compile(argv: Sequence[str]) -> bool:
    return argv[0] in ("g++", "gcc", "javac") or "compile(" in " ".join(argv)


def echo_after_compile(argv: Sequence[str], stdin: bytes) -> ExecResult:
    return ok() if is_compile(argv) else ok(stdin)


def test_all_tests_pass(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result, seen, sandbox = grade(tmp_path, echo_after_compile)
    assert result.verdict is Verdict.AC
    assert [t.verdict for t in result.tests] == [Verdict.AC] * 3
    assert [t.name for t in result.tests] == ["sample/01", "hidden/01", "hidden/02"]
    assert [t.sample for t in result.tests] == [True, False, False]
    assert seen == result.tests
    session = sandbox.sessions[0]
    assert session.commands[0][0] == "g++"  # compiled once, then one run per test
    assert [c[0] for c in session.commands[1:]] == ["./main"] * 3


def test_compile_error_stops_before_tests(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def responder(argv, stdin):  # type: ignore[no-untyped-def]
        return failed(RunStatus.RE, stderr=b"main.cpp:1:1: error: expected ';'") if is_compile(argv) else ok(stdin)

    result, seen, _ = grade(tmp_path, responder)
    assert result.verdict is Verdict.CE
    assert "expected ';'" in result.compile_output
    assert result.tests == [] and seen == []


def test_compile_timeout_is_ce_with_a_message(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def responder(argv, stdin):  # type: ignore[no-untyped-def]
        return failed(RunStatus.TLE) if is_compile(argv) else ok(stdin)

    result, _, _ = grade(tmp_path, responder)
    assert result.verdict is Verdict.CE
    assert "time limit" in result.compile_output


def test_stops_at_first_failing_test_and_takes_its_verdict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def responder(argv, stdin):  # type: ignore[no-untyped-def]
        if is_compile(argv):
            return ok()
        return ok(b"wrong\n") if stdin == b"2\n" else ok(stdin)

    result, seen, _ = grade(tmp_path, responder)
    assert result.verdict is Verdict.WA
    assert [t.verdict for t in result.tests] == [Verdict.AC, Verdict.WA]
    assert len(seen) == 2


def test_run_statuses_become_verdicts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for status, verdict in [
        (RunStatus.TLE, Verdict.TLE),
        (RunStatus.MLE, Verdict.MLE),
        (RunStatus.OLE, Verdict.OLE),
        (RunStatus.RE, Verdict.RE),
    ]:
        folder = tmp_path / status.value
        folder.mkdir()
        result, _, _ = grade(folder, lambda argv, stdin, s=status: ok() if is_compile(argv) else failed(s))
        assert result.verdict is verdict
        assert result.tests[0].verdict is verdict


def test_out_of_memory_message_makes_a_crash_mle(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def responder(argv, stdin):  # type: ignore[no-untyped-def]
        if is_compile(argv):
            return ok()
        return failed(RunStatus.RE, stderr=b"Traceback...\nMemoryError\n")

    result, _, _ = grade(tmp_path, responder, language="python")
    assert result.verdict is Verdict.MLE


def test_time_and_memory_are_maxima(tmp_path) -> None:  # type: ignore[no-untyped-def]
    times = iter([5, 40, 7])

    def responder(argv, stdin):  # type: ignore[no-untyped-def]
        if is_compile(argv):
            return ok()
        t = next(times)
        return ok(stdin, time_ms=t, memory_kb=t * 100)

    result, _, _ = grade(tmp_path, responder)
    assert (result.time_ms, result.memory_kb) == (40, 4000)


def test_float_flags_of_the_problem_are_used(tmp_path) -> None:  # type: ignore[no-untyped-def]
    tests = {"sample/01": ("x\n", "0.5\n")}

    def responder(argv, stdin):  # type: ignore[no-untyped-def]
        return ok() if is_compile(argv) else ok(b"0.5000001\n")

    result, _, _ = grade(tmp_path, responder, tests=tests, config={"checker": {"float_absolute_tolerance": 1e-6}})
    assert result.verdict is Verdict.AC


def test_custom_checker_runs_in_a_session_of_its_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def responder(argv, stdin):  # type: ignore[no-untyped-def]
        if is_compile(argv):
            return ok()
        if argv[-3:] == ["input", "answer", "feedback"]:  # the checker: accept "ok"
            return ExecResult(RunStatus.RE, 42 if stdin == b"ok\n" else 43, None, 1, 1, 100)
        return ok(b"ok\n")

    result, _, sandbox = grade(
        tmp_path, responder, config={"checker": {"program": "check.py"}}, files={"check.py": "import sys\n"}
    )
    assert result.verdict is Verdict.AC
    solution_session, checker_session = sandbox.sessions
    assert "answer" not in solution_session.files  # the hidden answer never enters the solution's sandbox
    assert checker_session.files["answer"] == b"3\n"  # the last test judged


def test_a_resubmission_skips_the_compiler(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from judge.grading.compile_cache import CompileCache

    problem = load_native(make_problem(tmp_path, tests=THREE_TESTS))
    sandbox = FakeSandbox(echo_after_compile)
    grader = Grader(sandbox, LIMITS, CompileCache())
    for _ in range(2):
        assert grader.grade(problem, LANGUAGES["cpp"], "source").verdict is Verdict.AC
    first, second = sandbox.sessions
    assert first.commands[0][0] == "g++"
    assert [c[0] for c in second.commands] == ["./main"] * 3  # no compiler the second time


def test_compile_errors_are_cached_but_limit_overruns_are_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from judge.grading.compile_cache import CompileCache

    problem = load_native(make_problem(tmp_path, tests=THREE_TESTS))
    outcomes = iter([failed(RunStatus.TLE), failed(RunStatus.RE, stderr=b"error: x"), ok()])
    sandbox = FakeSandbox(lambda argv, stdin: next(outcomes) if is_compile(argv) else ok(stdin))
    grader = Grader(sandbox, LIMITS, CompileCache())
    assert "time limit" in grader.grade(problem, LANGUAGES["cpp"], "s").compile_output  # not cached
    assert "error: x" in grader.grade(problem, LANGUAGES["cpp"], "s").compile_output  # cached
    assert "error: x" in grader.grade(problem, LANGUAGES["cpp"], "s").compile_output  # from the cache
    assert len(sandbox.sessions[2].commands) == 0


def test_gzipped_tests_are_read_transparently(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import gzip

    package = make_problem(tmp_path, tests={"sample/01": ("1\n", "1\n")})
    hidden = package / "tests" / "hidden"
    hidden.mkdir()
    (hidden / "01.in.gz").write_bytes(gzip.compress(b"big input\n"))
    (hidden / "01.ans.gz").write_bytes(gzip.compress(b"big input\n"))
    (hidden / "02.in").write_text("2\n")
    (hidden / "02.ans.gz").write_bytes(gzip.compress(b"2\n"))
    problem = load_native(package)
    assert [t.name for t in problem.tests] == ["sample/01", "hidden/01", "hidden/02"]
    assert problem.tests[1].read_input() == b"big input\n"
    assert problem.tests[2].read_answer() == b"2\n"
