"""Comparing a query's result with the expected one, by the rules the README states for SQL
problems, the same for every engine:

- the column count must match; column names are compared case-insensitively;
- rows are a multiset unless the problem says the order matters; then they are compared in order,
  except that rows tied under the problem's ORDER BY columns form a group compared as a multiset;
- NULL, the empty result and the string 'null' are three different things;
- numbers compare by value (2.50 = 2.5, true = 1) within the problem's tolerance;
- dates, times and timestamps compare by value, whether an engine returns them as date objects
  (PostgreSQL) or as ISO text (SQLite).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from judge.grading.checkers import CheckResult

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}(:?\d{2})?|Z)?$")
TIME = re.compile(r"^\d{2}:\d{2}:\d{2}(\.\d+)?$")
# Type ranks: the order rows are sorted in before an unordered comparison.
NULL, NUMBER, TEXT, DATE_KIND, TIMESTAMP_KIND, TIME_KIND, BYTES, NAN = range(8)


@dataclass(frozen=True)
class ResultSet:
    columns: list[str]
    rows: list[Sequence[Any]]


@dataclass(frozen=True, order=True)
class Cell:
    """A value reduced to what the comparison looks at: a type rank and a comparable value."""

    kind: int
    value: Any

    def show(self) -> str:
        if self.kind == NULL:
            return "NULL"
        if self.kind == NUMBER:
            return format(self.value.normalize(), "f") if self.value == self.value.to_integral() else str(self.value)
        if self.kind == NAN:
            return "NaN"
        if self.kind == BYTES:
            return f"x'{self.value}'"
        return repr(self.value) if self.kind == TEXT else str(self.value)


def timestamp_text(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(sep=" ")


def cell(value: Any) -> Cell:
    if value is None:
        return Cell(NULL, 0)
    if isinstance(value, bool):
        return Cell(NUMBER, Decimal(int(value)))
    if isinstance(value, int | Decimal):
        number = Decimal(value)
        return Cell(NAN, 0) if number.is_nan() else Cell(NUMBER, number)
    if isinstance(value, float):
        return (
            Cell(NAN, 0)
            if math.isnan(value)
            else Cell(NUMBER, Decimal(repr(value)) if math.isfinite(value) else Decimal(value))
        )
    if isinstance(value, datetime):
        return Cell(TIMESTAMP_KIND, timestamp_text(value))
    if isinstance(value, date):
        return Cell(DATE_KIND, value.isoformat())
    if isinstance(value, time):
        return Cell(TIME_KIND, value.isoformat())
    if isinstance(value, bytes | bytearray | memoryview):
        return Cell(BYTES, bytes(value).hex())
    text = str(value)
    if DATE.match(text):
        try:
            return Cell(DATE_KIND, date.fromisoformat(text).isoformat())
        except ValueError:
            pass
    if TIMESTAMP.match(text):
        try:
            return Cell(TIMESTAMP_KIND, timestamp_text(datetime.fromisoformat(text.replace("Z", "+00:00"))))
        except ValueError:
            pass
    if TIME.match(text):
        try:
            return Cell(TIME_KIND, time.fromisoformat(text).isoformat())
        except ValueError:
            pass
    return Cell(TEXT, text)


def same(expected: Cell, got: Cell, tolerance: float) -> bool:
    if expected.kind != got.kind:
        return False
    if expected.kind != NUMBER:
        return bool(expected.value == got.value)
    try:
        error = abs(expected.value - got.value)
        scale = max(Decimal(1), abs(expected.value))
        return bool(error <= Decimal(repr(tolerance)) * scale)
    except InvalidOperation:  # infinities
        return bool(expected.value == got.value)


def same_row(expected: tuple[Cell, ...], got: tuple[Cell, ...], tolerance: float) -> bool:
    return all(same(e, g, tolerance) for e, g in zip(expected, got, strict=True))


def show(row: tuple[Cell, ...]) -> str:
    return "(" + ", ".join(c.show() for c in row) + ")"


def compare(
    expected: ResultSet,
    got: ResultSet,
    *,
    ordered: bool = False,
    order_by: Sequence[str] = (),
    tolerance: float = 1e-6,
    check_names: bool = True,
) -> CheckResult:
    """`order_by`: the expected result's columns its ORDER BY sorts on (ties form groups)."""
    if len(got.columns) != len(expected.columns):
        return CheckResult(
            False,
            f"the result has {len(got.columns)} column{'s' * (len(got.columns) != 1)}, expected "
            f"{len(expected.columns)} ({', '.join(expected.columns)})",
        )
    if check_names:
        for index, (want, have) in enumerate(zip(expected.columns, got.columns, strict=True), start=1):
            if want.casefold() != have.casefold():
                return CheckResult(False, f"column {index} is named {have!r}, expected {want!r}")
    if len(got.rows) != len(expected.rows):
        return CheckResult(
            False, f"the result has {len(got.rows)} row{'s' * (len(got.rows) != 1)}, expected {len(expected.rows)}"
        )
    want_rows = [tuple(cell(v) for v in row) for row in expected.rows]
    have_rows = [tuple(cell(v) for v in row) for row in got.rows]
    if not ordered:
        return multiset(want_rows, have_rows, tolerance, "")
    keys = [i for i, name in enumerate(expected.columns) if name.casefold() in {n.casefold() for n in order_by}]
    start = 0
    while start < len(want_rows):
        end = start + 1
        while end < len(want_rows) and all(want_rows[end][k] == want_rows[start][k] for k in keys) and keys:
            end += 1
        if end - start == 1:
            if not same_row(want_rows[start], have_rows[start], tolerance):
                return CheckResult(
                    False, f"row {start + 1}: expected {show(want_rows[start])}, got {show(have_rows[start])}"
                )
        else:
            verdict = multiset(want_rows[start:end], have_rows[start:end], tolerance, f" among rows {start + 1}-{end}")
            if not verdict.accepted:
                return verdict
        start = end
    return CheckResult(True, "")


def multiset(want: list[tuple[Cell, ...]], have: list[tuple[Cell, ...]], tolerance: float, where: str) -> CheckResult:
    """Equal as multisets: both sorted, then compared pairwise (numbers within the tolerance); when
    that fails, rows are matched one by one, since numbers within the tolerance of each other may
    sort apart (0.3 and 0.1 + 0.2 before different names)."""
    want_sorted, have_sorted = sorted(want), sorted(have)
    if all(same_row(w, h, tolerance) for w, h in zip(want_sorted, have_sorted, strict=True)):
        return CheckResult(True, "")
    unmatched_want, unmatched_have = match(want_sorted, have_sorted, tolerance)
    if not unmatched_want:
        return CheckResult(True, "")
    missing, extra = unmatched_want[0], unmatched_have[0]
    return CheckResult(False, f"expected row {show(missing)} is missing{where}; got {show(extra)} instead")


def exact_part(row: tuple[Cell, ...]) -> tuple[object, ...]:
    """What two rows equal within the tolerance have exactly in common: all but their numbers."""
    return tuple(c.kind if c.kind == NUMBER else c for c in row)


def match(
    want: list[tuple[Cell, ...]], have: list[tuple[Cell, ...]], tolerance: float
) -> tuple[list[tuple[Cell, ...]], list[tuple[Cell, ...]]]:
    """Rows left unmatched on each side, pairing each wanted row with a row within the tolerance
    among those alike in everything but their numbers."""
    buckets: dict[tuple[object, ...], list[tuple[Cell, ...]]] = {}
    for row in have:
        buckets.setdefault(exact_part(row), []).append(row)
    unmatched = []
    for row in want:
        candidates = buckets.get(exact_part(row), [])
        found = next((i for i, candidate in enumerate(candidates) if same_row(row, candidate, tolerance)), None)
        if found is None:
            unmatched.append(row)
        else:
            candidates.pop(found)
    return unmatched, [row for rows in buckets.values() for row in rows]
