"""The static parts of the harnesses live in templates/ as real source files (readable, and
checked by their own compilers in the tests); the generated parts go where the markers are."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def template(name: str) -> str:
    return resources.files("judge.signatures").joinpath("templates", name).read_text(encoding="utf-8")


def fill(name: str, **parts: str) -> str:
    """The template with each `@@PART@@` marker line replaced by its text."""
    text = template(name)
    for marker, replacement in parts.items():
        lines = [line for line in text.split("\n") if f"@@{marker.upper()}@@" in line]
        assert len(lines) == 1, f"{name}: marker {marker} not found once"
        text = text.replace(lines[0], replacement.rstrip("\n"))
    return text
