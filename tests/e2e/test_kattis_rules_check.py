"""`judge check` on the Kattis strictness fixtures (tests/fixtures/kattis-rules) whose rule is about
what it reports: missing samples are a warning, an input repeated across subtasks is nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from judge.checking.report import PackageReport
from tests.e2e.test_check import run_checker

RULES = Path(__file__).resolve().parents[1] / "fixtures" / "kattis-rules"


def checked(rule: str, tmp_path: Path) -> PackageReport:
    # A copy: `judge check` may leave a .timelimit file in the package.
    report = run_checker(shutil.copytree(RULES / rule, tmp_path / rule))
    assert len(report.packages) == 1
    return report.packages[0]


def test_rule_no_samples_is_a_check_warning_not_an_error(tmp_path: Path) -> None:
    package = checked("no-samples", tmp_path)
    findings = [
        (check.name, finding.severity.value, finding.message) for check in package.checks for finding in check.findings
    ]
    assert package.errors == 0, findings
    assert any(
        (name, severity) == ("config", "warning") and "no sample tests" in message
        for name, severity, message in findings
    ), findings
    assert [(s.path, s.verdict, s.ok) for s in package.solutions] == [("submissions/accepted/ok.py", "AC", True)]


def test_rule_repeated_input_across_groups_passes_check_silently(tmp_path: Path) -> None:
    package = checked("repeated-input-across-groups", tmp_path)
    findings = [
        (check.name, finding.severity.value, finding.message) for check in package.checks for finding in check.findings
    ]
    assert package.errors == 0, findings
    assert not any("same input" in message or "01.in" in message for _, _, message in findings), findings
    [solution] = package.solutions
    assert (solution.path, solution.verdict, solution.score, solution.max_score) == (
        "submissions/accepted/ok.py",
        "AC",
        100.0,
        100.0,
    )
