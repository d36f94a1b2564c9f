"""`judge new PATH`: a native package to start from, which passes `judge check` as written. The
files are the templates of `judge/checking/skeleton/` (a sum of a list, small enough to read in a
minute); the hidden tests come from its generator and accepted solution, as `judge generate`
makes them."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SKELETON = resources.files("judge.checking") / "skeleton"
FILES = (
    "problem.yaml",
    "statement.md",
    "tests/sample/01.in",
    "tests/sample/01.ans",
    "generator/gen.py",
    "validator/validate.py",
    "solutions/accepted/solution.py",
    "solutions/accepted/solution.cpp",
    "solutions/wrong_answer/int32_overflow.cpp",
)


class PackageExists(Exception):
    pass


def write_skeleton(path: Path) -> list[Path]:
    """The skeleton's files under `path` (a new or empty folder), its title made from the name."""
    if path.exists() and any(path.iterdir()):
        raise PackageExists(f"{path} exists and is not empty: judge new writes a new package")
    title = " ".join(word.capitalize() for word in path.name.replace("_", "-").split("-") if word) or "New Problem"
    written = []
    for name in FILES:
        text = SKELETON.joinpath(*name.split("/")).read_text(encoding="utf-8")
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text.replace("@@TITLE@@", title), encoding="utf-8")
        written.append(target)
    return written
