"""Building the program for a function or design problem in a given language: the language's
harness variant (file names, compile and run commands), the user's source, and the harness files.
Each test runs in a process of its own, like a stdin problem, so its time and memory are the
test's own (see bench/harness_modes.py for the measured alternative).

Every harness language is one module with the same five functions (`HarnessModule`), its static
part a real source file in templates/ (harness.py for Python, Main.java, main.cpp, main.js,
main.go, main.rb), the generated part only what depends on the problem's types: adding a language
is adding a module and a template, nothing here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, cast

from judge.languages import Language
from judge.signatures import cpp, go, java, javascript, python, ruby
from judge.signatures.design import Design
from judge.signatures.signature import Signature


class HarnessModule(Protocol):
    def variant(self, language: Language) -> Language: ...  # compile and run the harness, not the file

    def files(self, signature: Signature) -> dict[str, str]: ...  # a function problem's harness files

    def design_files(self, design: Design) -> dict[str, str]: ...  # a design problem's

    def starter(self, signature: Signature) -> str: ...  # what the candidate starts from

    def design_starter(self, design: Design) -> str: ...


HARNESSES: dict[str, HarnessModule] = {
    language: cast(HarnessModule, module)
    for language, module in [
        ("python", python), ("java", java), ("cpp", cpp), ("javascript", javascript), ("go", go), ("ruby", ruby),
    ]
}  # fmt: skip


@dataclass(frozen=True)
class HarnessBuild:
    language: Language  # the variant: compiles the user's file with the harness, runs the harness
    source: str  # what goes in the user's file
    files: dict[str, bytes]  # the harness files written beside it


def supports(language_id: str, design: bool = False) -> bool:
    """Whether a language has a harness for function problems (every harness language does design
    problems too; `design` is kept for callers that say which they ask about)."""
    return language_id in HARNESSES


def build(shape: Signature | Design, language: Language, source: str) -> HarnessBuild:
    """The harness around `source` for a function problem's signature or a design problem's class.
    A module may adapt the user's file (`user_source`: Java's implicit imports, Go's package line)."""
    module = HARNESSES[language.id]
    adapt = getattr(module, "user_source", None)
    made = module.design_files(shape) if isinstance(shape, Design) else module.files(shape)
    files = {name: text.encode() for name, text in made.items()}
    return HarnessBuild(module.variant(language), adapt(source) if adapt else source, files)


def starter_code(shape: Signature | Design) -> dict[str, str]:
    if isinstance(shape, Design):
        return {language_id: module.design_starter(shape) for language_id, module in HARNESSES.items()}
    return {language_id: module.starter(shape) for language_id, module in HARNESSES.items()}
