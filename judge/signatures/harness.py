"""Building the program for a signature problem in a given language: the language's harness
variant (file names, compile and run commands), the user's source, and the harness files.
Each test runs in a process of its own, like a stdin problem, so its time and memory are the
test's own (see bench/harness_modes.py for the measured alternative)."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from judge.languages import Language
from judge.signatures import cpp, go, java, javascript, python, ruby
from judge.signatures.design import Design
from judge.signatures.signature import Signature

HARNESSES: dict[str, ModuleType] = {
    "python": python, "java": java, "cpp": cpp, "javascript": javascript, "go": go, "ruby": ruby,
}  # fmt: skip


@dataclass(frozen=True)
class HarnessBuild:
    language: Language  # the variant: compiles the user's file with the harness, runs the harness
    source: str  # what goes in the user's file
    files: dict[str, bytes]  # the harness files written beside it


def supports(language_id: str, design: bool = False) -> bool:
    """Whether a language has a harness for function problems (or, `design`, for design problems)."""
    module = HARNESSES.get(language_id)
    return module is not None and (not design or hasattr(module, "design_files"))


def build(shape: Signature | Design, language: Language, source: str) -> HarnessBuild:
    """The harness around `source` for a function problem's signature or a design problem's class."""
    module = HARNESSES[language.id]
    user_source = module.user_source(source) if hasattr(module, "user_source") else source
    made = module.design_files(shape) if isinstance(shape, Design) else module.files(shape)
    files = {name: text.encode() for name, text in made.items()}
    return HarnessBuild(module.variant(language), user_source, files)


def starter_code(shape: Signature | Design) -> dict[str, str]:
    if isinstance(shape, Design):
        return {language_id: module.design_starter(shape) for language_id, module in HARNESSES.items()
                if hasattr(module, "design_starter")}  # fmt: skip
    return {language_id: module.starter(shape) for language_id, module in HARNESSES.items()}
