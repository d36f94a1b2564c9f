"""What `judge check` found: per package, one record per check (with its errors and warnings) and
one per solution; rendered as JSON for machines and as JUnit XML for CI dashboards."""

from __future__ import annotations

import enum
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from xml.etree import ElementTree


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass
class Finding:
    severity: Severity
    message: str  # names the file it is about


@dataclass
class CheckRecord:
    name: str  # config, tests, generator, input-validator, answers, solutions, time-limit
    findings: list[Finding] = field(default_factory=list)
    skipped: str = ""  # why the check did not run (an earlier fatal error, nothing to check)

    def error(self, message: str) -> None:
        self.findings.append(Finding(Severity.ERROR, message))

    def warn(self, message: str) -> None:
        self.findings.append(Finding(Severity.WARNING, message))

    @property
    def errors(self) -> list[str]:
        return [f.message for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[str]:
        return [f.message for f in self.findings if f.severity is Severity.WARNING]

    @property
    def status(self) -> str:
        if self.skipped:
            return "skipped"
        return "failed" if self.errors else "warning" if self.warnings else "passed"


@dataclass
class SolutionRecord:
    path: str  # relative to the package
    expected: str  # the folder: accepted, wrong_answer, ...
    verdict: str  # at the problem's time limit
    verdict_over_limit: str  # at the limit x the too-slow multiplier: differs when sensitive
    slowest_ms: int | None
    tests_run: int
    ok: bool
    message: str = ""
    score: float | None = None  # a scored problem's, at the time limit
    max_score: float | None = None


@dataclass
class PackageReport:
    path: str
    slug: str
    format: str = ""
    time_limit_ms: int | None = None
    suggested_time_limit_ms: int | None = None
    checks: list[CheckRecord] = field(default_factory=list)
    solutions: list[SolutionRecord] = field(default_factory=list)
    cached: bool = False  # unchanged since it last passed: the report then, not judged again

    def check(self, name: str) -> CheckRecord:
        record = CheckRecord(name)
        self.checks.append(record)
        return record

    @property
    def errors(self) -> int:
        return sum(len(c.errors) for c in self.checks)

    @property
    def warnings(self) -> int:
        return sum(len(c.warnings) for c in self.checks)


@dataclass
class Report:
    packages: list[PackageReport] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(p.errors for p in self.packages)

    @property
    def warnings(self) -> int:
        return sum(p.warnings for p in self.packages)

    def ok(self, *, werror: bool = False) -> bool:
        return self.errors == 0 and not (werror and self.warnings)

    def to_json(self, *, werror: bool = False) -> str:
        def package(p: PackageReport) -> dict[str, object]:
            data = asdict(p)
            data["checks"] = [
                {"name": c.name, "status": c.status, "skipped": c.skipped, "errors": c.errors, "warnings": c.warnings}
                for c in p.checks
            ]
            data["errors"], data["warnings"] = p.errors, p.warnings
            return data

        document = {
            "ok": self.ok(werror=werror),
            "errors": self.errors,
            "warnings": self.warnings,
            "packages": [package(p) for p in self.packages],
        }
        return json.dumps(document, indent=2)

    def write_junit(self, path: Path, *, werror: bool = False) -> None:
        """One test suite per package, one test case per check and per solution."""
        root = ElementTree.Element("testsuites", name="judge check")
        for p in self.packages:
            suite = ElementTree.SubElement(root, "testsuite", name=p.slug)
            cases = 0
            failures = 0
            skipped = 0
            for c in p.checks:
                case = ElementTree.SubElement(suite, "testcase", classname=p.slug, name=c.name)
                cases += 1
                problems = c.errors + (c.warnings if werror else [])
                if c.skipped:
                    ElementTree.SubElement(case, "skipped", message=c.skipped)
                    skipped += 1
                elif problems:
                    failure = ElementTree.SubElement(case, "failure", message=problems[0][:500])
                    failure.text = "\n".join(problems)
                    failures += 1
                if c.warnings:
                    ElementTree.SubElement(case, "system-out").text = "\n".join(f"warning: {w}" for w in c.warnings)
            for s in p.solutions:
                case = ElementTree.SubElement(suite, "testcase", classname=f"{p.slug}.solutions", name=s.path)
                case.set("time", f"{(s.slowest_ms or 0) / 1000:.3f}")
                cases += 1
                if not s.ok:
                    failure = ElementTree.SubElement(case, "failure", message=f"expected {s.expected}, got {s.verdict}")
                    failure.text = s.message
                    failures += 1
            suite.set("tests", str(cases))
            suite.set("failures", str(failures))
            suite.set("skipped", str(skipped))
        ElementTree.indent(root)
        path.parent.mkdir(parents=True, exist_ok=True)
        ElementTree.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
