"""`judge check`'s memory of packages that passed: a package whose files did not change, checked by
the same judge under the same settings on this machine, is not judged again. The key is a SHA-256
over the judge's own source (so any change to the judge, its harnesses or its checks misses), the
settings that change a verdict (backend, limits) and every file of the package (path and bytes);
the value is the package's report, errors none, warnings and all. A report with an error is never
kept: a failing package is always judged afresh. What the key cannot see is the machine's
toolchains: after upgrading a compiler, run with `--no-cache` (or remove the cache folder)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, replace
from pathlib import Path

from judge.checking.report import CheckRecord, Finding, PackageReport, Severity, SolutionRecord

SKIPPED_PARTS = {"__pycache__", ".git"}
JUDGE_ROOT = Path(__file__).resolve().parents[1]  # the judge package


def tree_digest(root: Path, skip: set[str] = SKIPPED_PARTS) -> str:
    """Every file under `root` (path and bytes), in a stable order."""
    digest = hashlib.sha256()
    files = [path for path in root.rglob("*") if path.is_file() and not skip & set(path.relative_to(root).parts)]
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def judge_digest() -> str:
    """The judge's source, without the web page's files (they judge nothing)."""
    return tree_digest(JUDGE_ROOT, SKIPPED_PARTS | {"web"})


def report_from_json(data: dict[str, object]) -> PackageReport:
    checks = [
        CheckRecord(c["name"], [Finding(Severity(f["severity"]), f["message"]) for f in c["findings"]], c["skipped"])
        for c in data.pop("checks")  # type: ignore[union-attr]
    ]
    solutions = [SolutionRecord(**s) for s in data.pop("solutions")]  # type: ignore[union-attr]
    return PackageReport(**data, checks=checks, solutions=solutions)  # type: ignore[arg-type]


class CheckCache:
    def __init__(self, directory: Path, settings_key: str) -> None:
        self.directory = directory
        self.base = hashlib.sha256((judge_digest() + "\0" + settings_key).encode()).hexdigest()

    def key(self, package: Path) -> str:
        return hashlib.sha256((self.base + tree_digest(package)).encode()).hexdigest()

    def load(self, package: Path) -> PackageReport | None:
        try:
            data = json.loads((self.directory / f"{self.key(package)}.json").read_text())
            report = report_from_json(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return replace(report, path=str(package), slug=package.name, cached=True)

    def store(self, package: Path, report: PackageReport) -> None:
        if report.errors:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(replace(report, cached=False)))
        # Written whole, then renamed: a check running beside this one never reads half a file.
        handle, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        with os.fdopen(handle, "w") as file:
            file.write(data)
        os.replace(temporary, self.directory / f"{self.key(package)}.json")
