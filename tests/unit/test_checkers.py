import pytest

from judge.grading.checkers import TokenChecker
from judge.problems.config import CheckerConfig


def check(answer: bytes, output: bytes, **flags: object) -> bool:
    return TokenChecker(CheckerConfig(**flags)).check(b"", answer, output).accepted


@pytest.mark.parametrize(
    ("answer", "output"),
    [
        (b"3\n", b"3\n"),
        (b"3\n", b"3"),
        (b"1 2 3\n", b"1\n2\n3\n"),
        (b"1 2 3\n", b"  1   2\t3  \n\n"),
        (b"", b""),
        (b"", b"\n\n"),
    ],
)
def test_tokens_ignore_whitespace_by_default(answer: bytes, output: bytes) -> None:
    assert check(answer, output)
    assert check(output, answer)  # both argument orders


@pytest.mark.parametrize(
    ("answer", "output"),
    [(b"3\n", b"4\n"), (b"1 2\n", b"1 2 3\n"), (b"1 2 3\n", b"1 2\n"), (b"3\n", b""), (b"abc", b"ab c")],
)
def test_tokens_differ(answer: bytes, output: bytes) -> None:
    assert not check(answer, output)
    assert not check(output, answer)


def test_case_sensitive_by_default_and_flag_relaxes_it() -> None:
    assert not check(b"YES\n", b"yes\n")
    assert check(b"YES\n", b"yes\n", case_sensitive=False)


def test_space_change_sensitive() -> None:
    assert check(b"1 2\n", b"1 2\n", space_change_sensitive=True)
    assert check(b"1 2\n", b"1 2", space_change_sensitive=True)  # a missing final newline is forgiven
    assert not check(b"1 2\n", b"1  2\n", space_change_sensitive=True)
    assert not check(b"1 2\n", b"1\n2\n", space_change_sensitive=True)


def test_floats_need_a_flag() -> None:
    assert not check(b"0.5\n", b"0.50001\n")
    assert check(b"0.5\n", b"0.5\n")


def test_absolute_tolerance() -> None:
    flags = {"float_absolute_tolerance": 1e-6}
    assert check(b"1.0\n", b"1.0000009\n", **flags)
    assert check(b"1.0\n", b"0.9999991\n", **flags)
    assert not check(b"1.0\n", b"1.00001\n", **flags)
    assert check(b"1\n", b"1.0000000\n", **flags)
    assert check(b"1e3\n", b"1000.0000001\n", **flags)


def test_relative_tolerance_is_relative_to_the_answer() -> None:
    flags = {"float_relative_tolerance": 1e-3}
    assert check(b"1000\n", b"1000.9\n", **flags)
    assert not check(b"1000\n", b"1002\n", **flags)
    # relative to the *answer*, so the argument order matters near the edge
    assert check(b"1000\n", b"999.0\n", **flags)
    assert not check(b"1\n", b"1.002\n", **flags)


def test_float_tolerance_sets_both() -> None:
    flags = {"float_tolerance": 1e-4}
    assert check(b"100000\n", b"100000.5\n", **flags)  # relative 5e-6
    assert check(b"0\n", b"0.00005\n", **flags)  # absolute
    assert not check(b"0\n", b"0.001\n", **flags)


@pytest.mark.parametrize("junk", [b"nan\n", b"inf\n", b"abc\n", b"0x10\n", b"\n", b"1e999\n"])
def test_junk_is_wrong_for_a_float_answer(junk: bytes) -> None:
    assert not check(b"16\n", junk, float_absolute_tolerance=1e-6)


def test_non_numeric_tokens_compare_as_text_with_float_flags() -> None:
    flags = {"float_absolute_tolerance": 1e-6}
    assert check(b"Case 1: 0.5\n", b"Case 1: 0.5000001\n", **flags)
    assert not check(b"Case 1: 0.5\n", b"case 1: 0.5\n", **flags)


def test_messages_never_quote_the_expected_output() -> None:
    result = TokenChecker(CheckerConfig()).check(b"", b"secret-answer\n", b"guess\n")
    assert not result.accepted
    assert "secret" not in result.message
