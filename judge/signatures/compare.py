"""Comparing a function's result with the expected one, as parsed JSON and by type: exact by
default (doubles within a tolerance), `any_order` when the order of the top-level array does not
matter, `any_order_deep` when no array's order matters (groups of anagrams, say)."""

from __future__ import annotations

import json
import math
from typing import Any

from judge.grading.checkers import CheckResult
from judge.signatures.design import Design, call_text, parse_operations, reject_constant, shown
from judge.signatures.types import SigType, conformance_error


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def unordered(value: Any, kind: SigType, deep: bool) -> Any:
    """`value` with its arrays sorted (the top one, or all of them when deep)."""
    if kind.depth == 0 or not isinstance(value, list):
        return value
    items = [unordered(item, kind.element, deep) if deep else item for item in value]
    return sorted(items, key=canonical)


def equal(expected: Any, got: Any, kind: SigType, tolerance: float) -> bool:
    if kind.depth > 0 or kind.base in ("ListNode", "TreeNode"):
        if not isinstance(got, list) or len(got) != len(expected):
            return False
        element = kind.element if kind.depth > 0 else SigType("int")
        return all(
            (e is None and g is None) or (e is not None and g is not None and equal(e, g, element, tolerance))
            for e, g in zip(expected, got, strict=True)
        )
    if kind.base == "double":
        error = abs(float(expected) - float(got))
        return error <= tolerance * max(1.0, abs(float(expected))) * (1 + 1e-9) or math.isclose(expected, got)
    return type(expected) is type(got) and expected == got


class SignatureChecker:
    """The Checker for a signature problem; `output` is the result the harness sent (JSON)."""

    def __init__(self, returns: SigType, compare: str, tolerance: float) -> None:
        self.returns = returns
        self.compare = compare
        self.tolerance = tolerance

    def check(self, input_data: bytes, answer: bytes, output: bytes) -> CheckResult:
        expected = json.loads(answer)
        try:
            got = json.loads(output, parse_constant=reject_constant)
        except ValueError:
            return CheckResult(False, "the function's result is not valid JSON (NaN or infinity?)")
        error = conformance_error(got, self.returns, "the returned value")
        if error:
            return CheckResult(False, error)
        if self.compare != "exact":
            deep = self.compare == "any_order_deep"
            expected, got = unordered(expected, self.returns, deep), unordered(got, self.returns, deep)
        if not equal(expected, got, self.returns, self.tolerance):
            # Never quote the expected value: the message may reach the user of a hidden test.
            return CheckResult(False, "the returned value differs from the expected one")
        return CheckResult(True)


class DesignChecker:
    """The Checker for a design problem: `output` is the list of returned values (JSON). With
    `values=False` only each value's type is checked: a problem's own checker program judges the
    values (a `getRandom` judged by its distribution, say)."""

    def __init__(self, design: Design, *, values: bool = True) -> None:
        self.design = design
        self.values = values

    def check(self, input_data: bytes, answer: bytes, output: bytes) -> CheckResult:
        names, arguments = parse_operations(input_data.decode())
        expected = json.loads(answer)
        try:
            got = json.loads(output, parse_constant=reject_constant)
        except ValueError:
            return CheckResult(False, "the returned values are not valid JSON (NaN or infinity?)")
        if not isinstance(got, list) or len(got) != len(expected):
            return CheckResult(False, f"the harness returned {shown(got)} for {len(expected)} operations")
        for index in range(1, len(names)):
            method = self.design.method(names[index])
            assert method is not None  # judge check proves every test names real methods
            where = f"call {index}, {call_text(names[index], arguments[index])}"
            if method.returns is None:
                continue
            error = conformance_error(got[index], method.returns, "the returned value")
            if error:
                return CheckResult(False, f"{where}: {error}")
            if self.values and not equal(expected[index], got[index], method.returns, self.design.float_tolerance):
                return CheckResult(False, f"{where}: expected {shown(expected[index])}, got {shown(got[index])}")
        return CheckResult(True)
