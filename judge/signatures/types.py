"""The types a signature may use: int, long, double, bool, string, char, arrays of them nested to
any depth (`int[][]`), and ListNode / TreeNode of ints with LeetCode's JSON conventions (a list as
an array; a tree as its level order with null for a missing child, trailing nulls trimmed)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

SCALARS = ("int", "long", "double", "bool", "string", "char")
STRUCTURES = ("ListNode", "TreeNode")
TYPE_PATTERN = re.compile(r"^(int|long|double|bool|string|char|ListNode|TreeNode)((?:\[\])*)$")
INT_RANGE = (-(2**31), 2**31 - 1)
LONG_RANGE = (-(2**63), 2**63 - 1)
MAX_NODES = 1_000_000


@dataclass(frozen=True)
class SigType:
    base: str
    depth: int = 0  # array nesting: int[][] is ("int", 2)

    @classmethod
    def parse(cls, text: str) -> SigType:
        match = TYPE_PATTERN.match(text.replace(" ", ""))
        if not match:
            raise ValueError(
                f"{text!r} is not a signature type (int, long, double, bool, string, char, ListNode, TreeNode, "
                "or an array of them such as int[] or string[][])"
            )
        return cls(match.group(1), len(match.group(2)) // 2)

    @property
    def element(self) -> SigType:
        assert self.depth > 0
        return SigType(self.base, self.depth - 1)

    def __str__(self) -> str:
        return self.base + "[]" * self.depth

    @property
    def name(self) -> str:
        """An identifier for generated code: int[][] -> int_2."""
        return f"{self.base}_{self.depth}"


def closure(kinds: Iterable[SigType]) -> list[SigType]:
    """Every type of `kinds` with the element types of arrays, each once, elements before the
    arrays that hold them (generated C++ and Go helpers must be declared before use)."""
    seen: dict[SigType, None] = {}
    for kind in kinds:
        while True:
            seen.setdefault(kind, None)
            if kind.depth == 0:
                break
            kind = kind.element
    return sorted(seen, key=lambda kind: kind.depth)


def node_definitions(kinds: Iterable[SigType], comments: dict[str, str]) -> list[str]:
    """A starter code's comments defining ListNode / TreeNode, for the ones `kinds` use."""
    used = {kind.base for kind in kinds}
    return [comments[base] for base in STRUCTURES if base in used]


def describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def conformance_error(value: Any, kind: SigType, where: str = "value") -> str | None:
    """None when `value` (parsed JSON) is a valid `kind`; else what is wrong, for a message."""
    if kind.depth > 0:
        if not isinstance(value, list):
            return f"{where} should be {kind} but is {describe(value)}"
        for index, item in enumerate(value):
            error = conformance_error(item, kind.element, f"{where}[{index}]")
            if error:
                return error
        return None
    base = kind.base
    if base in ("int", "long"):
        low, high = INT_RANGE if base == "int" else LONG_RANGE
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{where} should be {base} but is {describe(value)}"
        if not low <= value <= high:
            return f"{where} = {value} does not fit in {base}"
        return None
    if base == "double":
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            return f"{where} should be double but is {describe(value)}"
        return None
    if base == "bool":
        return None if isinstance(value, bool) else f"{where} should be bool but is {describe(value)}"
    if base == "string":
        return None if isinstance(value, str) else f"{where} should be string but is {describe(value)}"
    if base == "char":
        if not isinstance(value, str) or len(value) != 1:
            return f"{where} should be char (a one-character string) but is {describe(value)}"
        return None
    if base == "ListNode":
        if not isinstance(value, list):
            return f"{where} should be ListNode (an array of its values) but is {describe(value)}"
        errors = (conformance_error(v, SigType("int"), f"{where}[{i}]") for i, v in enumerate(value))
        return next((error for error in errors if error), None)
    if base == "TreeNode":
        return tree_error(value, where)
    raise AssertionError(base)


def tree_error(value: Any, where: str) -> str | None:
    if not isinstance(value, list):
        return f"{where} should be TreeNode (its level order) but is {describe(value)}"
    if value and value[0] is None:
        return f"{where}: the root of a non-empty tree cannot be null"
    if value and value[-1] is None:
        return f"{where}: a tree's level order has no trailing nulls"
    slots = 1  # child slots open so far: each node brings two
    for index, item in enumerate(value):
        if index >= slots:
            return f"{where}[{index}] has no parent: there are more values than open child positions"
        if item is not None:
            error = conformance_error(item, SigType("int"), f"{where}[{index}]")
            if error:
                return error
            slots += 2
    return None
