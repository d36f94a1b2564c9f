import gzip

import pytest

from judge.problems.loader import load_native
from judge.problems.package import ProblemError
from tests.builders import make_problem


def test_unknown_keys_are_errors_naming_file_and_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    package = make_problem(tmp_path, config={"limits": {"time_ms": 1000, "tme_ms": 5}, "colour": "red"})
    with pytest.raises(ProblemError) as error:
        load_native(package)
    message = str(error.value)
    assert "problem.yaml: limits.tme_ms: unknown key" in message
    assert "problem.yaml: colour: unknown key" in message


def test_tags_come_from_the_vocabulary(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ProblemError, match="tags.0"):
        load_native(make_problem(tmp_path, config={"tags": ["arrays-and-stuff"]}))


def test_every_input_needs_an_answer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    package = make_problem(tmp_path)
    (package / "tests" / "hidden" / "02.in").write_text("5\n")
    with pytest.raises(ProblemError, match="02.in: no answer file 02.ans"):
        load_native(package)


def test_a_test_stored_both_plain_and_gzipped_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    package = make_problem(tmp_path)
    (package / "tests" / "hidden" / "01.in.gz").write_bytes(gzip.compress(b"2\n"))
    with pytest.raises(ProblemError, match="twice"):
        load_native(package)


def test_version_changes_with_the_tests(tmp_path) -> None:  # type: ignore[no-untyped-def]
    package = make_problem(tmp_path)
    before = load_native(package).version
    (package / "tests" / "hidden" / "01.ans").write_text("3\n")
    assert load_native(package).version != before


def test_hints_are_read_in_order_and_default_to_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert load_native(make_problem(tmp_path / "plain")).hints == []
    hints = ["Think about what $a_i + a_j$ needs.", "Remember the values seen so far in a hash map."]
    assert load_native(make_problem(tmp_path / "hinted", config={"hints": hints})).hints == hints


@pytest.mark.parametrize(
    ("hints", "error"),
    [
        (["a hint"] * 6, r"problem.yaml: hints: List should have at most 5 items"),
        (["fine", "x" * 1001], r"problem.yaml: hints.1: String should have at most 1000 characters"),
        ([""], r"problem.yaml: hints.0: String should have at least 1 character"),
        (["fine", "  \n"], r"problem.yaml: hints.1: .*a hint must not be blank"),
        ("one long hint", r"problem.yaml: hints: Input should be a valid list"),
    ],
)
def test_bad_hints_are_refused_naming_the_hint(tmp_path, hints: object, error: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ProblemError, match=error):
        load_native(make_problem(tmp_path, config={"hints": hints}))
