"""A design problem: the candidate writes a class (an LRU cache, a rate limiter), and a test drives
it with a list of operations in LeetCode's format:

    input (two lines):  ["LRUCache","put","get"]
                        [[2],[1,1],[1]]
    answer:             [null,null,1]

The first operation constructs the class with its arguments; each later one calls a method. The
answer holds what each call returned (`null` for the constructor and for a `void` method). The
harness returns the same list, and the checker compares it call by call, by type, naming the
first call that differs ("call 17, get(3): expected 4, got -1")."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from judge.signatures.signature import Param
from judge.signatures.types import SigType, closure, conformance_error, node_definitions

SHOWN = 60  # characters of a value in a message


@dataclass(frozen=True)
class Method:
    name: str
    params: tuple[Param, ...]
    returns: SigType | None  # None: void

    def returns_text(self) -> str:
        return "void" if self.returns is None else str(self.returns)


@dataclass(frozen=True)
class Design:
    class_name: str
    constructor: tuple[Param, ...]
    methods: tuple[Method, ...]
    float_tolerance: float = 1e-6

    def method(self, name: str) -> Method | None:
        return next((method for method in self.methods if method.name == name), None)

    def types(self) -> list[SigType]:
        """Every type used, elements before the arrays that hold them (types.closure)."""
        params = [*self.constructor, *(p for m in self.methods for p in m.params)]
        return closure([*(p.type for p in params), *(m.returns for m in self.methods if m.returns)])

    def node_definitions(self, comments: dict[str, str]) -> list[str]:
        """The starter code's comment defining ListNode / TreeNode, for the ones this uses."""
        return node_definitions(self.types(), comments)


def reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def shown(value: Any) -> str:
    text = json.dumps(value, separators=(",", ":"))
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def call_text(name: str, arguments: list[Any]) -> str:
    inner = ", ".join(shown(argument) for argument in arguments)
    return f"{name}({inner})" if len(inner) <= SHOWN else f"{name}({inner[: SHOWN - 1]}…)"


def parse_operations(text: str) -> tuple[list[Any], list[Any]]:
    """The two lines of a test: operation names and argument lists (ValueError when not JSON)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) != 2:
        raise ValueError(f"{len(lines)} lines; 2 are needed: the operations, then their arguments")
    return json.loads(lines[0], parse_constant=reject_constant), json.loads(lines[1], parse_constant=reject_constant)


def operations_errors(design: Design, text: str) -> list[str]:
    """What is wrong with `text` as a design test's input (empty: nothing)."""
    try:
        names, arguments = parse_operations(text)
    except ValueError as e:
        return [f"not two lines of JSON: {e}"]
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        return ["line 1 should be an array of operation names"]
    if not isinstance(arguments, list) or not all(isinstance(a, list) for a in arguments):
        return ["line 2 should be an array of argument arrays"]
    if len(names) != len(arguments):
        return [f"{len(names)} operations but {len(arguments)} argument lists"]
    if not names or names[0] != design.class_name:
        return [f"the first operation should be {design.class_name!r}, which constructs the object"]
    errors = []
    for index, (name, given) in enumerate(zip(names, arguments, strict=True)):
        if index > 0 and name == design.class_name:
            errors.append(f"operation {index + 1}: the object is constructed once, by the first operation")
            continue
        method = design.method(name)
        params = design.constructor if index == 0 else method.params if method else None
        if params is None:
            errors.append(f"operation {index + 1}: {design.class_name} has no method {name!r}")
            continue
        if len(given) != len(params):
            errors.append(f"operation {index + 1}: {name} takes {len(params)} arguments, {len(given)} given")
            continue
        for param, value in zip(params, given, strict=True):
            error = conformance_error(value, param.type, param.name)
            if error:
                errors.append(f"operation {index + 1}, {name}: {error}")
        if len(errors) >= 5:
            break
    return errors


def answer_errors(design: Design, text: str, answer: Any) -> list[str]:
    """What is wrong with `answer` as what the calls of the test `text` return."""
    names, _ = parse_operations(text)
    if not isinstance(answer, list) or len(answer) != len(names):
        return [f"the answer should be an array of {len(names)} values, one per operation"]
    errors = []
    for index, (name, value) in enumerate(zip(names, answer, strict=True)):
        method = design.method(name) if index > 0 else None
        if method is None or method.returns is None:
            if value is not None:
                errors.append(f"value {index + 1} ({name}) should be null: it returns nothing")
        elif error := conformance_error(value, method.returns, f"value {index + 1} ({name})"):
            errors.append(error)
        if len(errors) >= 5:
            break
    return errors
