"""`judge check` for real: one broken package per failure kind (tests/fixtures/packages), the
Kattis fixtures, and the command itself on shipped problems with both backends."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from judge.checking.flows import PackageChecker, find_packages
from judge.checking.generation import GeneratorCache
from judge.checking.report import PackageReport, Report
from judge.checking.steps import Toolbox
from judge.grading.compile_cache import CompileCache
from judge.runtime import grading_limits
from judge.sandbox.local import LocalSandbox
from judge.settings import Settings
from tests.e2e.conftest import BACKENDS, PROBLEMS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# fixture package -> (check, severity, text the finding must contain)
BROKEN = {
    "unknown-key": ("config", "error", "problem.yaml: time_limit: unknown key"),
    "unknown-tag": ("config", "error", "problem.yaml: tags.0: Input should be"),
    "no-statement": ("config", "error", "statement.md: missing"),
    "no-samples": ("config", "error", "no sample tests"),
    "missing-answer": ("config", "error", "tests/hidden/02.in: no answer file 02.ans"),
    "no-final-newline": ("tests", "error", "tests/sample/01.in: does not end with a newline"),
    "duplicate-inputs": ("tests", "error", "tests/hidden/04.in: the same input as tests/hidden/01.in"),
    "generator-not-deterministic": ("generator", "error", "generator/gen.py is not deterministic"),
    "generator-stale": ("generator", "error", "tests/hidden/03.in: differs from what generator/gen.py writes"),
    "validator-rejects": ("input-validator", "error", "validator/validate.py rejects tests/hidden/04.in (exit 43)"),
    "validator-accepts-junk": ("input-validator", "warning", "accepts junk (empty input)"),
    "checker-crashes": ("answers", "error", "checker/check.py crashes on a word: ValueError"),
    "checker-rejects-answers": ("answers", "error", "tests/hidden/01.ans: the checker rejects the answer itself"),
    "accepted-gets-wa": ("solutions", "error", "solutions/accepted/subtract.py: expected AC, got WA"),
    "wrong-answer-crashes": ("solutions", "error", "solutions/wrong_answer/crash.py: expected WA, got RE"),
    "no-accepted": ("solutions", "error", "no accepted solution"),
    "accepted-too-slow-for-margin": ("time-limit", "error", "solutions/accepted/slow.py: its slowest test takes"),
    "too-slow-only-marginally": ("time-limit", "error", "marginal.py: too slow at 500 ms but not at x1.5"),
    "sensitive-to-time-limit": ("time-limit", "warning", "borderline.py: sensitive to time limit: TLE at 500 ms"),
    # SQL packages: an answer that a LIMIT among ties decides, and a query that only one engine runs right.
    "sql-order-depends-on-inserts": (
        "input-validator",
        "warning",
        "gives another result with the rows inserted in reverse",
    ),
    "sql-engines-disagree": ("solutions", "error", "solutions/accepted/by_score.sql (sqlite): expected AC, got WA"),
}


def run_checker(folder: Path) -> Report:
    sandbox = LocalSandbox()
    try:
        toolbox = Toolbox(sandbox, grading_limits(Settings()), CompileCache(), None)
        return PackageChecker(toolbox, jobs=2, progress=lambda *_: None).run(find_packages([folder]))
    finally:
        sandbox.close()


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, PackageReport]:
    folder = shutil.copytree(FIXTURES / "packages", tmp_path_factory.mktemp("check") / "packages")
    return {package.slug: package for package in run_checker(folder).packages}


def test_every_broken_kind_has_a_fixture(fixture_report: dict[str, PackageReport]) -> None:
    assert set(fixture_report) == {*BROKEN, "good", "max-subarray-native"}
    scored = fixture_report["max-subarray-native"]
    assert (scored.errors, scored.warnings) == (0, 0), [(c.name, c.findings) for c in scored.checks]


def test_the_good_package_passes_clean(fixture_report: dict[str, PackageReport]) -> None:
    good = fixture_report["good"]
    assert (good.errors, good.warnings) == (0, 0), [(c.name, c.findings) for c in good.checks]
    assert {s.path: s.verdict for s in good.solutions} == {
        "solutions/accepted/add.py": "AC",
        "solutions/wrong_answer/subtract.py": "WA",
    }


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_package_is_rejected_with_a_clear_message(fixture_report: dict[str, PackageReport], name: str) -> None:
    check, severity, text = BROKEN[name]
    report = fixture_report[name]
    records = {record.name: record for record in report.checks}
    findings = records[check].errors if severity == "error" else records[check].warnings
    assert any(text in message for message in findings), [(r.name, r.findings) for r in report.checks]
    if severity == "warning":
        assert records[check].errors == []


def test_kattis_packages_pass_and_get_their_limit_by_the_rule(tmp_path: Path) -> None:
    folder = shutil.copytree(FIXTURES / "kattis", tmp_path / "kattis")
    report = run_checker(folder)
    assert report.errors == 0, report.to_json()
    addition = next(p for p in report.packages if p.slug == "addition")
    verdicts = {s.path: s.verdict for s in addition.solutions}
    assert verdicts["submissions/run_time_error/hog.py"] == "MLE"  # an expected RE is met by MLE too
    assert verdicts["submissions/run_time_error/crash.py"] == "RE"
    assert verdicts["submissions/time_limit_exceeded/spin.py"] == "TLE"
    assert verdicts["submissions/wrong_answer/int32.cpp"] == "WA"
    # division states no time limit: slowest accepted run x5, rounded up to whole seconds
    assert (folder / "division" / ".timelimit").read_text() == "1\n"
    # An interactive package: every submission met its folder, in Python, C++ and Java.
    interactive = next(p for p in report.packages if p.slug == "hidden-number")
    assert len(interactive.solutions) == 15 and all(s.ok for s in interactive.solutions)
    # A scored one: partial solutions won exactly the points their sources expect.
    scored = next(p for p in report.packages if p.slug == "max-subarray-groups")
    scores = {s.path: (s.score, s.max_score) for s in scored.solutions}
    assert scores["submissions/partially_accepted/cubic.py"] == (20, 100)
    assert scores["submissions/partially_accepted/int32.cpp"] == (50, 100)
    assert scores["submissions/accepted/kadane.py"] == (100, 100)
    assert scores["submissions/wrong_answer/zero.py"] == (0, 100)


def test_a_crashing_interactor_and_a_wrong_expected_score_are_errors(tmp_path: Path) -> None:
    broken = shutil.copytree(FIXTURES / "broken" / "hidden-number-broken-interactor", tmp_path / "broken")
    report = run_checker(broken)
    errors = [f.message for c in report.packages[0].checks for f in c.findings if f.severity.value == "error"]
    assert any("interactor.py crashes when the solution sends a word" in e for e in errors), errors
    scored = shutil.copytree(FIXTURES / "packages" / "max-subarray-native", tmp_path / "scored")
    cubic = scored / "solutions" / "partially_accepted" / "cubic.py"
    cubic.write_text(cubic.read_text().replace("@EXPECTED_SCORE@: 20", "@EXPECTED_SCORE@: 50"))
    report = run_checker(scored)
    errors = [f.message for c in report.packages[0].checks for f in c.findings if f.severity.value == "error"]
    assert any("cubic.py: expected a partial score" in e and "its source expects 50" in e for e in errors), errors


def test_the_generator_cache_skips_a_second_run(tmp_path: Path) -> None:
    from judge.checking.generation import generate_inputs
    from judge.problems.loader import load_problem

    problem = load_problem(FIXTURES / "packages" / "good")
    assert problem.generator is not None
    cache = GeneratorCache(tmp_path / "cache")
    sandbox = LocalSandbox()
    compile_limits = grading_limits(Settings()).compile
    try:
        first, cached_first = generate_inputs(sandbox, problem.generator, compile_limits, None, cache)
        second, cached_second = generate_inputs(sandbox, problem.generator, compile_limits, None, cache)
    finally:
        sandbox.close()
    assert (cached_first, cached_second) == (False, True)
    assert first == second and sorted(first) == ["01.in", "02.in", "03.in"]


def judge_check(args: list[str], runner: str, cache: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "JUDGE_RUNNER": runner, "JUDGE_POOL_SIZE": "2", "JUDGE_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "judge.cli", "check", *args]
    return subprocess.run(command, env=env, capture_output=True, timeout=900)


@pytest.mark.parametrize("runner", BACKENDS)
def test_judge_check_command_on_shipped_problems(runner: str, tmp_path: Path) -> None:
    packages = [str(PROBLEMS / slug) for slug in ("sum-of-two", "tree-right-side-view", "validate-bst")]
    kattis = shutil.copytree(FIXTURES / "kattis" / "addition", tmp_path / "addition")
    result = judge_check([*packages, str(kattis), "--json", "--junit", str(tmp_path / "junit.xml")], runner, tmp_path)
    assert result.returncode == 0, result.stderr.decode()[-5000:]
    document = json.loads(result.stdout)
    assert document["ok"] and len(document["packages"]) == 4
    accepted = [s for p in document["packages"] for s in p["solutions"] if s["expected"] == "accepted"]
    assert {Path(s["path"]).suffix for s in accepted} >= {".py", ".cpp", ".java"}
    assert all(s["ok"] for p in document["packages"] for s in p["solutions"])
    suites = ElementTree.parse(tmp_path / "junit.xml").getroot().findall("testsuite")
    assert [s.get("name") for s in suites] == ["sum-of-two", "tree-right-side-view", "validate-bst", "addition"]
    # Again, one package changed: the three others are the cache's reports, the changed one is judged.
    with (kattis / "problem_statement" / "problem.en.md").open("a") as statement:
        statement.write("\nEdited.\n")
    again = judge_check([*packages, str(kattis), "--json"], runner, tmp_path)
    assert again.returncode == 0, again.stderr.decode()[-5000:]
    cached = {p["slug"]: p["cached"] for p in json.loads(again.stdout)["packages"]}
    assert cached == {"sum-of-two": True, "tree-right-side-view": True, "validate-bst": True, "addition": False}
    fresh = judge_check([packages[0], "--json", "--no-cache"], runner, tmp_path)
    assert [p["cached"] for p in json.loads(fresh.stdout)["packages"]] == [False]


def test_judge_check_command_fails_on_a_broken_package(tmp_path: Path) -> None:
    result = judge_check([str(FIXTURES / "packages" / "unknown-key")], "local", tmp_path)
    assert result.returncode == 1
    assert b"time_limit: unknown key" in result.stderr + result.stdout
    result = judge_check([str(tmp_path / "nowhere")], "local", tmp_path)
    assert result.returncode == 1 and b"not a problem package" in result.stdout + result.stderr


def test_judge_generate_writes_hidden_tests_and_missing_sample_answers(tmp_path: Path) -> None:
    package = shutil.copytree(PROBLEMS / "min-stack", tmp_path / "min-stack")
    (package / "tests" / "sample" / "01.ans").unlink()
    (package / "tests" / "hidden" / "02.ans").write_text("[null]\n")
    env = {**os.environ, "JUDGE_RUNNER": "local", "JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "judge.cli", "generate", str(package)]
    result = subprocess.run(command, env=env, capture_output=True, timeout=900)
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    assert b"1 sample answers written" in result.stdout and b"1 files changed" in result.stdout
    for name in ("sample/01.ans", "hidden/02.ans"):
        assert (package / "tests" / name).read_bytes() == (PROBLEMS / "min-stack" / "tests" / name).read_bytes()


def test_judge_new_writes_a_package_that_passes_judge_check(tmp_path: Path) -> None:
    env = {**os.environ, "JUDGE_RUNNER": "local", "JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    package = tmp_path / "list-sum"
    made = subprocess.run([sys.executable, "-m", "judge.cli", "new", str(package)], env=env, capture_output=True)
    assert made.returncode == 0, made.stderr.decode()[-3000:]
    assert (package / "statement.md").is_file() and len(list((package / "tests" / "hidden").glob("*.in*"))) == 8
    assert "title: List Sum" in (package / "problem.yaml").read_text()
    checked = judge_check([str(package), "--format", "github", "--json"], "local", tmp_path)
    assert checked.returncode == 0, checked.stderr.decode()[-5000:]
    assert b"::error" not in checked.stdout and b"::warning" not in checked.stdout
    again = subprocess.run([sys.executable, "-m", "judge.cli", "new", str(package)], env=env, capture_output=True)
    assert again.returncode == 1 and b"is not empty" in again.stderr


def test_judge_check_annotates_for_github(tmp_path: Path) -> None:
    result = judge_check([str(FIXTURES / "packages" / "unknown-key"), "--format", "github"], "local", tmp_path)
    assert result.returncode == 1
    assert re.search(
        rb"::error file=[^,]*unknown-key/problem.yaml,line=\d+,title=judge check unknown-key config::", result.stdout
    )
