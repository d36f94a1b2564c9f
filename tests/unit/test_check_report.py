"""`judge check`'s pure parts: verdicts under a shorter limit, the time-limit calibration and
the reports (JSON, JUnit XML)."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

from judge.checking.report import CheckRecord, PackageReport, Report, SolutionRecord
from judge.checking.steps import check_time_limit, suggested_time_limit, verdict_at
from judge.grading.grader import TestOutcome
from judge.grading.verdicts import Verdict
from judge.problems.native import load_native
from tests.builders import make_problem


def outcome(index: int, verdict: Verdict, time_ms: int) -> TestOutcome:
    return TestOutcome(index, f"hidden/{index:02d}", False, verdict, time_ms, 1000)


def test_verdict_at_the_real_limit_from_a_run_under_a_longer_one() -> None:
    fast = [outcome(1, Verdict.AC, 100), outcome(2, Verdict.AC, 300)]
    assert verdict_at(fast, Verdict.AC, 500) is Verdict.AC
    slow = [outcome(1, Verdict.AC, 100), outcome(2, Verdict.AC, 600)]
    assert verdict_at(slow, Verdict.AC, 500) is Verdict.TLE  # AC at 1.5x, TLE at the limit
    slow_then_wrong = [outcome(1, Verdict.WA, 600)]
    assert verdict_at(slow_then_wrong, Verdict.WA, 500) is Verdict.TLE  # killed before it could answer
    assert verdict_at([outcome(1, Verdict.RE, 10)], Verdict.RE, 500) is Verdict.RE
    assert verdict_at([], Verdict.CE, 500) is Verdict.CE


def solution(path: str, expected: str, verdict: str, over: str, slowest: int) -> SolutionRecord:
    ok = verdict == {"accepted": "AC"}.get(expected, verdict)
    return SolutionRecord(path, expected, verdict, over, slowest, 3, ok)


def test_calibration(tmp_path: Path) -> None:
    problem = load_native(make_problem(tmp_path, config={"limits": {"time_ms": 1000}}))
    fine = [solution("a.py", "accepted", "AC", "AC", 400), solution("t.py", "time_limit_exceeded", "TLE", "TLE", 1500)]
    record = CheckRecord("time-limit")
    assert check_time_limit(problem, record, fine) == 800
    assert record.findings == []

    tight = [solution("a.py", "accepted", "AC", "AC", 600)]
    record = CheckRecord("time-limit")
    check_time_limit(problem, record, tight)
    assert "x2 that is over the time limit 1000 ms (suggested limit: 1200 ms" in record.errors[0]

    marginal = [solution("t.py", "time_limit_exceeded", "TLE", "AC", 1200)]
    record = CheckRecord("time-limit")
    check_time_limit(problem, record, marginal)
    assert "not at x1.5" in record.errors[0]

    sensitive = [solution("w.py", "wrong_answer", "TLE", "WA", 1200)]
    record = CheckRecord("time-limit")
    check_time_limit(problem, record, sensitive)
    assert "sensitive to time limit" in record.warnings[0]
    assert suggested_time_limit(problem, sensitive) is None  # nothing accepted to measure


def sample_report() -> Report:
    package = PackageReport(path="problems/p", slug="p", format="native", time_limit_ms=1000)
    package.check("config")
    package.check("tests").error("tests/hidden/01.in: does not end with a newline")
    package.check("input-validator").warn("no input validator")
    package.solutions.append(SolutionRecord("solutions/accepted/a.py", "accepted", "WA", "WA", 12, 1, False, "x"))
    return Report([package])


def test_json_report_counts_and_lists_every_finding() -> None:
    document = json.loads(sample_report().to_json())
    assert (document["ok"], document["errors"], document["warnings"]) == (False, 1, 1)
    checks = {c["name"]: c for c in document["packages"][0]["checks"]}
    assert checks["tests"]["status"] == "failed" and checks["input-validator"]["status"] == "warning"
    assert document["packages"][0]["solutions"][0]["verdict"] == "WA"


def test_junit_has_a_case_per_check_and_solution(tmp_path: Path) -> None:
    sample_report().write_junit(tmp_path / "out" / "check.xml")
    suite = ElementTree.parse(tmp_path / "out" / "check.xml").getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("4", "2")
    names = [case.get("name") for case in suite.iter("testcase")]
    assert names == ["config", "tests", "input-validator", "solutions/accepted/a.py"]


def test_werror_turns_warnings_into_failures(tmp_path: Path) -> None:
    report = Report([PackageReport(path="p", slug="p")])
    report.packages[0].check("input-validator").warn("no input validator")
    assert report.ok() and not report.ok(werror=True)
    report.write_junit(tmp_path / "check.xml", werror=True)
    assert ElementTree.parse(tmp_path / "check.xml").getroot().find("testsuite").get("failures") == "1"  # type: ignore[union-attr]


def test_the_console_repeats_every_error_under_the_summary() -> None:
    """A CI log often keeps only its tail: the errors come again after the long tables."""
    from io import StringIO

    from rich.console import Console

    from judge.checking.console import print_report

    report = Report([PackageReport(path=f"p{i}", slug=f"p{i}") for i in range(30)])
    for package in report.packages:
        package.check("solutions").error(f"{package.slug}/a.py: expected AC, got TLE")
    out = StringIO()
    print_report(Console(file=out, width=200), report)
    tail = out.getvalue().split("FAILED: 30 packages, 30 errors")[1]
    assert "30 errors:" in tail
    assert "p0 solutions: p0/a.py: expected AC, got TLE" in tail
    assert "p19 solutions" in tail and "p20 solutions" not in tail
    assert "and 10 more" in tail
