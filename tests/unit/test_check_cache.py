"""`judge check`'s cache of passing packages: keyed by the package's files, the judge and the
settings; a failing report is never kept."""

from __future__ import annotations

from pathlib import Path

from judge.checking.cache import CheckCache
from judge.checking.flows import PackageChecker
from judge.checking.report import PackageReport, SolutionRecord


def package(tmp_path: Path) -> Path:
    root = tmp_path / "pkg"
    (root / "tests").mkdir(parents=True)
    (root / "problem.yaml").write_text("title: T\n")
    (root / "tests" / "01.in").write_text("1 2\n")
    return root


def passing(root: Path) -> PackageReport:
    report = PackageReport(path=str(root), slug=root.name, format="native", time_limit_ms=1000)
    report.check("config").warn("problem.yaml: no hints")
    report.solutions = [SolutionRecord("solutions/accepted/a.py", "accepted", "AC", "AC", 12, 3, True)]
    return report


def test_an_unchanged_package_comes_back_with_its_report(tmp_path: Path) -> None:
    root = package(tmp_path)
    cache = CheckCache(tmp_path / "cache", "local")
    assert cache.load(root) is None
    cache.store(root, passing(root))
    again = CheckCache(tmp_path / "cache", "local").load(root)
    assert again is not None and again.cached
    assert again.checks[0].warnings == ["problem.yaml: no hints"]
    assert again.solutions == passing(root).solutions


def test_a_changed_file_other_settings_or_an_error_miss(tmp_path: Path) -> None:
    root = package(tmp_path)
    cache = CheckCache(tmp_path / "cache", "local")
    cache.store(root, passing(root))
    assert CheckCache(tmp_path / "cache", "docker").load(root) is None
    (root / "tests" / "01.in").write_text("1 3\n")
    assert cache.load(root) is None
    failing = passing(root)
    failing.check("answers").error("tests/01.ans: missing")
    cache.store(root, failing)
    assert cache.load(root) is None


def test_a_cached_package_is_not_judged_again(tmp_path: Path) -> None:
    root = package(tmp_path)
    cache = CheckCache(tmp_path / "cache", "local")
    cache.store(root, passing(root))
    # No toolbox: judging anything would fail.
    report = PackageChecker(None, 1, lambda description, amount: None, cache).run([root])  # type: ignore[arg-type]
    assert report.ok() and report.packages[0].cached and report.packages[0].path == str(root)
