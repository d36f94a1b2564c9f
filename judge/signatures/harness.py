"""Building the program for a signature problem in a given language: the language's harness
variant (file names, compile and run commands), the user's source, and the harness files.
Each test runs in a process of its own, like a stdin problem, so its time and memory are the
test's own (see bench/harness_modes.py for the measured alternative)."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from judge.languages import Language
from judge.signatures import cpp, java, javascript, python
from judge.signatures.signature import Signature

HARNESSES: dict[str, ModuleType] = {"python": python, "java": java, "cpp": cpp, "javascript": javascript}


@dataclass(frozen=True)
class HarnessBuild:
    language: Language  # the variant: compiles the user's file with the harness, runs the harness
    source: str  # what goes in the user's file
    files: dict[str, bytes]  # the harness files written beside it


def supports(language_id: str) -> bool:
    return language_id in HARNESSES


def build(signature: Signature, language: Language, source: str) -> HarnessBuild:
    module = HARNESSES[language.id]
    user_source = module.user_source(source) if hasattr(module, "user_source") else source
    files = {name: text.encode() for name, text in module.files(signature).items()}
    return HarnessBuild(module.variant(language), user_source, files)


def starter_code(signature: Signature) -> dict[str, str]:
    return {language_id: module.starter(signature) for language_id, module in HARNESSES.items()}
