"""The SQL result comparison: order, ties, NULLs, numbers, dates, column names."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from judge.sql.compare import ResultSet, compare


def rs(columns: str, *rows: tuple[object, ...]) -> ResultSet:
    return ResultSet(columns.split(), [list(row) for row in rows])


def test_rows_are_a_multiset_unless_the_order_matters() -> None:
    expected = rs("id name", (1, "a"), (2, "b"))
    shuffled = rs("id name", (2, "b"), (1, "a"))
    assert compare(expected, shuffled).accepted
    verdict = compare(expected, shuffled, ordered=True, order_by=["id"])
    assert not verdict.accepted and verdict.message == "row 1: expected (1, 'a'), got (2, 'b')"


def test_rows_tied_under_order_by_may_come_in_any_order() -> None:
    expected = rs("dept name", ("x", "ann"), ("x", "bob"), ("y", "cy"))
    assert compare(
        expected, rs("dept name", ("x", "bob"), ("x", "ann"), ("y", "cy")), ordered=True, order_by=["dept"]
    ).accepted
    wrong = compare(expected, rs("dept name", ("y", "cy"), ("x", "ann"), ("x", "bob")), ordered=True, order_by=["DEPT"])
    assert not wrong.accepted and "among rows 1-2" in wrong.message


def test_duplicates_count() -> None:
    assert not compare(rs("a", (1,), (1,), (2,)), rs("a", (1,), (2,), (2,))).accepted


def test_null_the_empty_result_and_the_string_null_differ() -> None:
    one_null = rs("a", (None,))
    assert compare(one_null, rs("a", (None,))).accepted
    assert compare(one_null, rs("a")).message == "the result has 0 rows, expected 1"
    text = compare(one_null, rs("a", ("null",)))
    assert not text.accepted and "expected row (NULL) is missing; got ('null') instead" == text.message
    assert not compare(rs("a", ("",)), rs("a", (None,))).accepted


def test_numbers_compare_by_value_within_the_tolerance() -> None:
    assert compare(rs("avg", (Decimal("2.50"),)), rs("avg", (2.5,))).accepted
    assert compare(rs("n", (2,)), rs("n", (2.0,))).accepted
    assert compare(rs("ok", (True,)), rs("ok", (1,))).accepted  # SQLite has no booleans
    assert compare(rs("x", (1 / 3,)), rs("x", (Decimal("0.3333333"),)), tolerance=1e-6).accepted
    assert not compare(rs("x", (0.33,)), rs("x", (0.34,)), tolerance=1e-6).accepted
    assert not compare(rs("x", (2,)), rs("x", ("2",))).accepted  # a number is not text


def test_dates_and_timestamps_compare_by_value_across_engines() -> None:
    assert compare(rs("d", (date(2024, 1, 31),)), rs("d", ("2024-01-31",))).accepted
    assert compare(rs("t", (datetime(2024, 1, 31, 8, 5),)), rs("t", ("2024-01-31 08:05:00",))).accepted
    assert not compare(rs("d", (date(2024, 1, 31),)), rs("d", ("2024-02-01",))).accepted


def test_columns_count_and_names_case_insensitively() -> None:
    expected = rs("Name Total", ("a", 1))
    assert compare(expected, rs("name TOTAL", ("a", 1))).accepted
    assert compare(expected, rs("name", ("a",))).message == "the result has 1 column, expected 2 (Name, Total)"
    assert compare(expected, rs("name sum", ("a", 1))).message == "column 2 is named 'sum', expected 'Total'"
    assert compare(expected, rs("name sum", ("a", 1)), check_names=False).accepted


def test_numbers_within_the_tolerance_that_sort_apart_still_match() -> None:
    expected = ResultSet(["total", "name"], [[0.3, "Mint"], [0.3, "Basil"]])
    got = ResultSet(["total", "name"], [[0.3, "Mint"], [0.1 + 0.2, "Basil"]])
    assert compare(expected, got).accepted
    assert compare(expected, got, ordered=True, order_by=["total"]).accepted
    wrong = ResultSet(["total", "name"], [[0.3, "Mint"], [0.4, "Basil"]])
    assert compare(expected, wrong).message == "expected row (0.3, 'Basil') is missing; got (0.4, 'Basil') instead"
