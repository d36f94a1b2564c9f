"""What both package formats share: reading YAML, collecting test pairs, finding the programs
and solutions of a package, and the version hash."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from judge.languages import language_for_file
from judge.problems.package import EXPECTED_VERDICTS, PackageProgram, ProblemError, Solution, TestCase, TestGroup


def format_validation_error(path: Path, error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = "unknown key" if item["type"] == "extra_forbidden" else item["msg"]
        lines.append(f"{path}: {where}: {message}")
    return "\n".join(lines)


def read_yaml_mapping(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ProblemError(f"{path}: missing") from e
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise ProblemError(f"{path}: not valid YAML: {e}") from e
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ProblemError(f"{path}: must be a mapping of keys to values")
    return data


def test_stem(path: Path) -> str:
    """`01.in` and `01.in.gz` are both test `01`."""
    name = path.name.removesuffix(".gz")
    return name.rsplit(".", 1)[0]


def collect_tests(folder: Path, *, sample: bool, prefix: str, answers: bool = True) -> list[TestCase]:
    """Every `*.in` (or `*.in.gz`) under `folder`, nested groups included, with its answer; in
    file-name order of the path, so `secret/group1/02` runs before `secret/group2/01`.
    `answers=False`: an input without its answer yet is fine (`judge generate` is about to write it)."""
    tests: list[TestCase] = []
    if not folder.is_dir():
        return tests
    inputs = sorted([*folder.rglob("*.in"), *folder.rglob("*.in.gz")], key=lambda p: (p.parent, test_stem(p)))
    seen: set[Path] = set()
    for input_path in inputs:
        stem = test_stem(input_path)
        if input_path.parent / stem in seen:
            raise ProblemError(f"{input_path}: test {stem} is there twice (plain and gzipped)")
        seen.add(input_path.parent / stem)
        candidates = [input_path.parent / f"{stem}.ans", input_path.parent / f"{stem}.ans.gz"]
        answer_path = next((path for path in candidates if path.is_file()), None)
        if answer_path is None and answers:
            raise ProblemError(f"{input_path}: no answer file {stem}.ans")
        answer_path = answer_path or candidates[0]
        name = f"{prefix}/{(input_path.parent / stem).relative_to(folder).as_posix()}"
        tests.append(TestCase(name=name, input_path=input_path, answer_path=answer_path, sample=sample))
    return tests


def program_at(path: Path) -> PackageProgram:
    """A program given as one source file, or as a directory holding exactly one source file
    (plus headers and other support files, compiled beside it)."""
    if path.is_file():
        if language_for_file(path.name) is None:
            raise ProblemError(f"{path}: no language has this file extension")
        return PackageProgram(path)
    files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
    sources = [p for p in files if language_for_file(p.name) is not None]
    if len(sources) != 1:
        found = ", ".join(p.name for p in sources) or "none"
        raise ProblemError(f"{path}: a program directory needs exactly one source file (found: {found})")
    return PackageProgram(sources[0], tuple(p for p in files if p != sources[0]))


def programs_in(folder: Path) -> list[PackageProgram]:
    """Each file or directory in `folder` is one program (Kattis' input_validators/ layout)."""
    if not folder.is_dir():
        return []
    entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    return [program_at(entry) for entry in entries if entry.is_dir() or language_for_file(entry.name)]


def find_program(folder: Path, stem: str) -> PackageProgram | None:
    """The native layout's single `folder/stem.<ext>` (e.g. generator/gen.py), if there is one."""
    if not folder.is_dir():
        return None
    matches = sorted(p for p in folder.glob(f"{stem}.*") if p.is_file() and language_for_file(p.name))
    if len(matches) > 1:
        raise ProblemError(f"{folder}: more than one {stem}.* program ({', '.join(p.name for p in matches)})")
    return PackageProgram(matches[0]) if matches else None


PYTHON2_SHEBANG = re.compile(rb"^#!.*\bpython2(\.\d+)?\b")


def python2(path: Path) -> bool:
    """A Python 2 submission, as problemtools tells it: `.py2`, or `.py` whose #! names python2.
    Judged as Python 3 it would fail for the wrong reason (print statements: CE)."""
    if path.suffix == ".py2":
        return True
    if path.suffix != ".py":
        return False
    with path.open("rb") as file:
        return bool(PYTHON2_SHEBANG.match(file.readline(300)))


def collect_solutions(folder: Path, warnings: list[str], sql_engines: tuple[str, ...] = ()) -> list[Solution]:
    """`folder/<expected verdict>/<file>`; what cannot be judged is skipped with a warning. With
    `sql_engines` (an SQL problem): `x.<engine>.sql` runs on that engine, a plain `x.sql` on each."""
    solutions: list[Solution] = []
    if not folder.is_dir():
        return solutions
    for kind in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if kind.name not in EXPECTED_VERDICTS:
            warnings.append(f"{kind}: not a verdict folder ({', '.join(EXPECTED_VERDICTS)}); skipped")
            continue
        for path in sorted(p for p in kind.iterdir() if not p.name.startswith(".")):
            if path.is_dir():
                try:
                    path = program_at(path).main
                except ProblemError as e:
                    warnings.append(f"{e}; skipped")
                    continue
            if python2(path):
                warnings.append(f"{path}: Python 2 (by its name or #! line): this judge runs Python 3; skipped")
                continue
            language = language_for_file(path.name)
            if sql_engines and (language is None or language.kind == "sql"):
                if language is not None and language.id not in sql_engines:
                    warnings.append(f"{path}: {language.id} is not one of this problem's engines; skipped")
                elif language is not None:
                    solutions.append(Solution(path, kind.name))
                elif path.name.endswith(".sql"):
                    solutions += [Solution(path, kind.name, engine) for engine in sql_engines]
                else:
                    warnings.append(f"{path}: an SQL problem's solutions are .sql files; skipped")
                continue
            if language is None:
                warnings.append(f"{path}: no language has this file extension; skipped")
                continue
            if sql_engines or language.kind == "sql":
                warnings.append(f"{path}: {language.name} does not fit this kind of problem; skipped")
                continue
            solutions.append(Solution(path, kind.name))
    return solutions


def problem_version(
    config_bytes: bytes,
    tests: list[TestCase],
    checker: PackageProgram | None,
    interactor: PackageProgram | None = None,
    extra: bytes = b"",
) -> str:
    """A content hash of what judging depends on: `extra` for what lives in other files (Kattis'
    testdata.yaml files)."""
    digest = hashlib.sha256(config_bytes + extra)
    for role, program in ((b"checker", checker), (b"interactor", interactor)):
        if program is not None:
            for path in program.files():
                digest.update(role + b"\0" + path.name.encode() + b"\0" + path.read_bytes())
    for test in tests:
        digest.update(test.name.encode() + b"\0")
        digest.update(hashlib.sha256(test.read_input()).digest())
        if test.answer_path.is_file():  # not yet for an SQL dataset `judge generate` is answering
            digest.update(hashlib.sha256(test.read_answer()).digest())
    return digest.hexdigest()[:16]


def inside(root: Path, relative: str, what: str, config_path: Path) -> Path:
    """`root/relative`, refusing paths that leave the package (a symlink or `..`)."""
    path = (root / relative).resolve()
    if not path.exists() or root.resolve() not in path.parents:
        raise ProblemError(f"{config_path}: {what} {relative!r} is not a file of the package")
    return path


def read_interactions(folder: Path, prefix: str = "sample") -> dict[str, str]:
    """The sample interactions of an interactive problem (`1.interaction`: Kattis' transcript,
    `>` lines written by the solution, `<` lines it reads), by sample name."""
    if not folder.is_dir():
        return {}
    return {
        f"{prefix}/{path.relative_to(folder).with_suffix('').as_posix()}": path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*.interaction"))
    }


def assign_groups(tests: list[TestCase], groups: Sequence[TestGroup], hidden: Path) -> list[TestCase]:
    """Each hidden test joins the group named by its folder (`hidden/<group>/01.in`); every
    hidden test must be in a group and every group must have a test."""
    names = {group.name for group in groups}
    assigned = []
    for test in tests:
        if test.sample:
            assigned.append(test)
            continue
        parts = test.name.split("/")
        if len(parts) < 3 or parts[1] not in names:
            raise ProblemError(
                f"{test.input_path}: a scored problem's hidden tests are in a group's folder "
                f"({hidden}/<group>/), one of: {', '.join(sorted(names))}"
            )
        assigned.append(dataclasses.replace(test, group=parts[1]))
    empty = sorted(names - {test.group for test in assigned})
    if empty:
        raise ProblemError(f"{hidden}: groups without tests: {', '.join(empty)}")
    # Samples first, then the groups in the order problem.yaml lists them.
    order = {group.name: index for index, group in enumerate(groups)}
    return sorted(assigned, key=lambda test: -1 if test.group is None else order[test.group])
