"""A function problem's input: one JSON value per parameter, one per line, each of its type. Checked
for every test by `judge check`, and for a candidate's custom input before it runs, so that a
malformed input is reported as such, not as a runtime error in their code."""

from __future__ import annotations

import json

from judge.signatures.compare import reject_constant
from judge.signatures.signature import Signature
from judge.signatures.types import conformance_error


def arguments_errors(signature: Signature, text: str) -> list[str]:
    """What is wrong with `text` as the arguments of `signature`'s function (empty: nothing)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    wanted = ", ".join(f"{param.name}: {param.type}" for param in signature.params)
    if len(lines) != len(signature.params):
        return [
            f"{len(lines)} line{'s' if len(lines) != 1 else ''} of input; {len(signature.params)} are needed, "
            f"one JSON value per parameter ({wanted})"
        ]
    errors = []
    for number, (param, line) in enumerate(zip(signature.params, lines, strict=True), start=1):
        try:
            error = conformance_error(json.loads(line, parse_constant=reject_constant), param.type, param.name)
        except ValueError as e:
            error = f"{param.name} (line {number}) is not valid JSON: {e}"
        if error:
            errors.append(error if "line " in error else f"line {number}: {error}")
    return errors
