"""`judge check --format github`: a finding becomes a workflow command on its file and, where the
message names something in the file, its line; messages and properties are escaped."""

from __future__ import annotations

from pathlib import Path

from judge.checking.annotations import escape_data, escape_property, github_annotations
from judge.checking.report import PackageReport, Report


def test_findings_point_at_their_file_and_line(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "tests" / "sample").mkdir(parents=True)
    (package / "problem.yaml").write_text("title: T\ndifficulty: easy\ntime_limit: 3\n")
    (package / "tests" / "sample" / "01.in").write_text("1")
    report = PackageReport(path=str(package), slug="pkg")
    report.check("config").error("problem.yaml: time_limit: unknown key")
    report.check("tests").warn("tests/sample/01.in: does not end with a newline")
    report.check("tests").warn("no file named here, 100%\nsecond line")
    lines = list(github_annotations(Report([report]), root=tmp_path))
    assert lines == [
        "::error file=pkg/problem.yaml,line=3,title=judge check pkg config::problem.yaml: time_limit: unknown key",
        "::warning file=pkg/tests/sample/01.in,title=judge check pkg tests::"
        "tests/sample/01.in: does not end with a newline",
        "::warning file=pkg/problem.yaml,title=judge check pkg tests::no file named here, 100%25%0Asecond line",
    ]
    assert next(github_annotations(Report([report]), werror=True, root=tmp_path)).startswith("::error")
    assert list(github_annotations(Report([report]), werror=True, root=tmp_path))[1].startswith("::error")


def test_escaping_follows_the_workflow_command_rules() -> None:
    assert escape_data("50%\r\n") == "50%25%0D%0A"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"
