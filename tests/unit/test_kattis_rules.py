"""One fixture package per strictness rule of the Kattis reader (tests/fixtures/kattis-rules), each
"print the sum of two integers": what the loader refuses, and what it accepts and how it reads it.
`judge check`'s side of the rules (a warning, or none) is in tests/e2e/test_kattis_rules_check.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from judge.problems.loader import is_kattis, load_kattis, load_problem
from judge.problems.package import ProblemError

RULES = Path(__file__).resolve().parents[1] / "fixtures" / "kattis-rules"


def refusal(rule: str) -> str:
    with pytest.raises(ProblemError) as caught:
        load_kattis(RULES / rule)
    return str(caught.value)


def test_rule_no_samples_loads_with_hidden_tests_only() -> None:
    problem = load_problem(RULES / "no-samples")
    assert problem.format == "kattis"
    assert problem.samples == []
    assert [test.name for test in problem.tests] == ["secret/1", "secret/2"]


def test_rule_unknown_key_names_the_file_the_key_and_the_nearest() -> None:
    message = refusal("unknown-key")
    assert str(RULES / "unknown-key" / "problem.yaml") in message
    assert re.search(r"problem\.yaml: validator_flag: unknown key \(did you mean validator_flags\?\)", message)


def test_rule_unknown_limits_key_names_its_path_and_the_nearest() -> None:
    message = refusal("unknown-limits-key")
    assert str(RULES / "unknown-limits-key" / "problem.yaml") in message
    assert "limits.time_limt: unknown key (did you mean time_limit?)" in message


def test_rule_unknown_testdata_key_names_the_testdata_file() -> None:
    message = refusal("unknown-testdata-key")
    assert str(RULES / "unknown-testdata-key" / "data" / "secret" / "testdata.yaml") in message
    assert "grader_flag: unknown key (did you mean grader_flags?)" in message


def test_rule_repeated_input_across_groups_loads_as_two_subtasks() -> None:
    problem = load_problem(RULES / "repeated-input-across-groups")
    assert [(group.name, group.points, group.aggregation) for group in problem.groups] == [
        ("g1", 50.0, "min"),
        ("g2", 50.0, "min"),
    ]
    assert problem.max_score == 100
    by_name = {test.name: test for test in problem.tests}
    assert by_name["secret/g1/01"].group == "g1" and by_name["secret/g2/01"].group == "g2"
    assert by_name["secret/g1/01"].read_input() == by_name["secret/g2/01"].read_input()  # the same bytes


def test_rule_python2_submissions_are_skipped_with_a_warning_each() -> None:
    problem = load_problem(RULES / "python2-submission")
    assert [solution.path.name for solution in problem.solutions] == ["ok.py"]
    accepted = RULES / "python2-submission" / "submissions" / "accepted"
    for name in ("old.py", "legacy.py2"):  # a python2 #! line, and the .py2 extension
        assert any(warning.startswith(f"{accepted / name}: Python 2") for warning in problem.warnings), name
        assert any(name in warning and "skipped" in warning for warning in problem.warnings), name


def test_rule_legacy_interactive_validation_sets_the_interactor() -> None:
    problem = load_problem(RULES / "legacy-interactive")
    assert problem.interactor is not None
    assert (
        problem.interactor.main == RULES / "legacy-interactive" / "output_validators" / "interactor" / "interactor.py"
    )
    assert problem.checker_program is None
    assert problem.interactions == {"sample/1": "<5\n>10\n"}


def test_rule_layout_2023_reads_statement_folder_and_time_multipliers() -> None:
    root = RULES / "layout-2023"
    assert is_kattis(root)  # by data/ and statement/, no problem_statement/
    problem = load_problem(root)
    assert problem.statement_path == root / "statement" / "problem.en.md"
    assert "sum" in problem.statement
    assert problem.time_multipliers == (3.0, 2.0)


def test_rule_layout_2023_output_validator_is_the_checker_without_validation_key() -> None:
    # 2023-07 has no `validation` key: a program in output_validator/ is the custom validator
    # (problemtools: uses_default_validator() is `not validators`).
    root = RULES / "layout-2023"
    problem = load_problem(root)
    assert problem.checker_program is not None
    assert problem.checker_program.main == root / "output_validator" / "checker.py"


def test_rule_multi_pass_is_refused_as_not_supported() -> None:
    message = refusal("multi-pass")
    assert str(RULES / "multi-pass" / "problem.yaml") in message
    assert "multi-pass problems are not supported" in message


def test_rule_scoring_sum_makes_one_secret_group_of_accept_scores() -> None:
    problem = load_problem(RULES / "scoring-sum")
    assert [(group.name, group.points, group.aggregation) for group in problem.groups] == [("secret", 30.0, "sum")]
    assert problem.max_score == 30
    assert [test.group for test in problem.tests if not test.sample] == ["secret"] * 3
