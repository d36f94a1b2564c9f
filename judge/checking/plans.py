"""`judge check --plans DIR`: every study plan of DIR against the packages being checked. A plan
that does not load, or names a problem none of them is, is an error; one that reaches a topic
before its prerequisites, a warning. Each plan is a report of its own, `plan:<slug>`."""

from __future__ import annotations

from pathlib import Path

from judge.checking.report import PackageReport
from judge.plans.repository import PlanError, load_plan, plan_errors, plan_files, plan_warnings
from judge.problems.loader import load_problem
from judge.problems.package import Problem, ProblemError


def loaded_problems(packages: list[Path]) -> dict[str, Problem]:
    problems = {}
    for path in packages:
        try:
            problems[path.name] = load_problem(path)
        except ProblemError:
            continue  # its own report says why
    return problems


def check_plans(folder: Path, packages: list[Path]) -> list[PackageReport]:
    reports = []
    files = plan_files(folder)
    problems = loaded_problems(packages) if files else {}
    if not files:
        report = PackageReport(path=str(folder), slug="plans", format="plan")
        report.check("plan").error(f"{folder}: no plan files (*.yaml)")
        return [report]
    for path in files:
        report = PackageReport(path=str(path), slug=f"plan:{path.stem}", format="plan")
        record = report.check("plan")
        try:
            plan = load_plan(path)
        except PlanError as e:
            record.error(str(e))
            reports.append(report)
            continue
        for message in plan_errors(plan, problems):
            record.error(f"{path.name}: {message}")
        for message in plan_warnings(plan, problems):
            record.warn(f"{path.name}: {message}")
        reports.append(report)
    return reports
