"""The Kattis/ICPC reader on the fixture packages: nested groups, custom validators, flags."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.problems.loader import is_kattis, load_problem
from judge.problems.package import ProblemError

KATTIS = Path(__file__).resolve().parents[1] / "fixtures" / "kattis"


def test_nested_groups_run_in_path_order_after_the_samples() -> None:
    problem = load_problem(KATTIS / "addition")
    assert problem.format == "kattis"
    assert [t.name for t in problem.tests] == ["sample/1", "secret/group1/1", "secret/group1/2", "secret/group2/1"]
    assert [t.sample for t in problem.tests] == [True, False, False, False]


def test_config_keys_map_to_the_judge() -> None:
    problem = load_problem(KATTIS / "addition")
    assert problem.title == "Addition"
    assert problem.tags == ["math", "arrays"]  # keywords, space-separated
    assert (problem.time_limit_ms, problem.time_limit_source, problem.memory_limit_mb) == (1000, "config", 256)
    assert problem.time_multipliers == (5.0, 2.0)  # the legacy format's rule


def test_custom_output_validator_in_directory_form_keeps_its_header() -> None:
    problem = load_problem(KATTIS / "addition")
    assert problem.checker_program is not None
    assert problem.checker_program.main.name == "validate.cpp"
    assert [p.name for p in problem.checker_program.support] == ["validate.h"]
    assert [v.main.name for v in problem.input_validators] == ["validate.py"]


def test_submissions_by_expected_verdict() -> None:
    problem = load_problem(KATTIS / "addition")
    found = {(s.expected, s.path.name) for s in problem.solutions}
    assert ("run_time_error", "hog.py") in found and ("wrong_answer", "int32.cpp") in found
    assert len(found) == 6


def test_default_validation_with_flags_and_a_tex_statement(tmp_path: Path) -> None:
    package = shutil.copytree(KATTIS / "division", tmp_path / "division")
    problem = load_problem(package)
    assert problem.title == "Division"  # name given per language
    assert problem.checker_program is None
    assert problem.checker.float_tolerance == 1e-6 and problem.checker.case_sensitive is False
    assert problem.statement.startswith("```") and "problemname" in problem.statement  # shown as text
    assert (problem.time_limit_ms, problem.time_limit_source) == (1000, "default")
    (package / ".timelimit").write_text("3\n")  # what `judge check` leaves, as verifyproblem does
    assert load_problem(package).time_limit_ms == 3000


def test_unknown_keys_are_errors_naming_the_nearest_and_interactive_is_refused(tmp_path: Path) -> None:
    package = shutil.copytree(KATTIS / "division", tmp_path / "division")
    config = package / "problem.yaml"
    original = config.read_text()
    config.write_text(original.replace("validator_flags:", "validator_flag:"))
    with pytest.raises(
        ProblemError, match=r"problem.yaml: validator_flag: unknown key \(did you mean validator_flags\?\)"
    ):
        load_problem(package)
    config.write_text(original + "limits_extra: 1\n")
    with pytest.raises(ProblemError, match=r"limits_extra: unknown key \(did you mean limits\?\)"):
        load_problem(package)
    config.write_text(original)
    assert load_problem(package).title
    config.write_text(original + "validation: custom interactive\n")
    with pytest.raises(ProblemError, match="interactive"):
        load_problem(package)


def test_bad_validator_flags_name_the_file(tmp_path: Path) -> None:
    package = shutil.copytree(KATTIS / "division", tmp_path / "division")
    config = package / "problem.yaml"
    config.write_text(config.read_text().replace("float_tolerance 1e-6", "float_tolerance lots"))
    with pytest.raises(ProblemError, match=r"problem.yaml: validator_flags: float_tolerance needs a number"):
        load_problem(package)


def test_custom_validation_needs_exactly_one_output_validator(tmp_path: Path) -> None:
    package = shutil.copytree(KATTIS / "addition", tmp_path / "addition")
    shutil.rmtree(package / "output_validators")
    with pytest.raises(ProblemError, match="exactly one output validator"):
        load_problem(package)


def test_formats_are_told_apart() -> None:
    assert is_kattis(KATTIS / "addition")
    assert not is_kattis(Path(__file__).resolve().parents[2] / "problems" / "sum-of-two")


def test_no_samples_is_a_warning_and_an_input_may_repeat_across_groups(tmp_path: Path) -> None:
    from judge.checking.report import CheckRecord
    from judge.checking.steps import check_config, check_tests

    package = shutil.copytree(KATTIS / "division", tmp_path / "division")
    shutil.rmtree(package / "data" / "sample")
    for group in ("group1", "group2"):  # subtasks sharing a test, as problemtools allows
        (package / "data" / "secret" / group).mkdir()
        for suffix in (".in", ".ans"):
            shutil.copy(
                package / "data" / "secret" / f"01{suffix}", package / "data" / "secret" / group / f"01{suffix}"
            )
    problem = load_problem(package)
    config, tests = CheckRecord("config"), CheckRecord("tests")
    check_config(problem, config)
    check_tests(problem, tests, 64 << 20)
    assert config.errors == [] and any("no sample tests" in w for w in config.warnings)
    assert tests.errors == [] and tests.warnings == []


def test_python2_submissions_are_skipped_not_judged_as_python3(tmp_path: Path) -> None:
    package = shutil.copytree(KATTIS / "division", tmp_path / "division")
    accepted = package / "submissions" / "accepted"
    (accepted / "old.py").write_text("#!/usr/bin/env python2\nprint 1\n")
    (accepted / "older.py2").write_text("print 1\n")
    (accepted / "modern.py").write_text("#!/usr/bin/env python3\nprint(1)\n")
    problem = load_problem(package)
    names = sorted(solution.path.name for solution in problem.solutions)
    assert "old.py" not in names and "older.py2" not in names and "modern.py" in names
    assert sum("Python 2 (by its name or #! line)" in warning for warning in problem.warnings) == 2
