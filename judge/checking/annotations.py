"""`judge check --format github`: every error and warning as a GitHub Actions workflow command
(`::error file=…,line=…,title=…::message`), so a problem author's pull request shows each finding
on the file, and where it can be found, the line it is about. A finding's message starts with its
file (relative to the package); the line is the first one of that file naming the key or value the
message names next (`problem.yaml: time_limit: unknown key` → the line of `time_limit:`)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from judge.checking.report import Report

FILE_PREFIX = re.compile(r"^([\w.\-/]+\.[a-z]{1,5})(?::\s|\s)(.*)$", re.DOTALL)
NEXT_NAME = re.compile(r"^([\w.\-]+)[: ]")


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def locate(package: Path, message: str) -> tuple[Path, int | None]:
    """The file a finding is about and, when the message names something in it, that line."""
    found = FILE_PREFIX.match(message)
    if found is None:
        return (package if package.is_file() else package / "problem.yaml"), None
    name, rest = found.groups()
    # Named relative to the package (most checks), or as given on the command line (the loader).
    candidates = [package] if package.is_file() and package.name == name else [package / name, Path(name)]
    file = next((candidate for candidate in candidates if candidate.is_file()), candidates[0])
    named = NEXT_NAME.match(rest)
    if named is None or not file.is_file() or file.stat().st_size > 1_000_000:
        return file, None
    word = re.compile(rf"(^|[^\w-]){re.escape(named.group(1).split('.')[-1])}([^\w-]|$)")
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return file, None
    return file, next((number for number, line in enumerate(lines, start=1) if word.search(line)), None)


def github_annotations(report: Report, *, werror: bool = False, root: Path | None = None) -> Iterator[str]:
    base = root or Path.cwd()
    for package in report.packages:
        for check in package.checks:
            findings = [("error", m) for m in check.errors]
            findings += [("error" if werror else "warning", m) for m in check.warnings]
            for severity, message in findings:
                file, line = locate(Path(package.path), message)
                properties = [("file", os.path.relpath(file, base))]
                if line is not None:
                    properties.append(("line", str(line)))
                properties.append(("title", f"judge check {package.slug} {check.name}"))
                rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
                yield f"::{severity} {rendered}::{escape_data(message)}"
