"""The study plans of JUDGE_PLANS_DIR, loaded once beside the problems they name."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from judge.plans.config import PlanConfig
from judge.plans.prerequisites import skipped
from judge.problems.package import Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanItem:
    slug: str
    note: str


@dataclass(frozen=True)
class PlanSection:
    title: str
    description: str
    items: tuple[PlanItem, ...]


@dataclass(frozen=True)
class Plan:
    slug: str
    title: str
    description: str
    sections: tuple[PlanSection, ...]

    @property
    def slugs(self) -> list[str]:
        return [item.slug for section in self.sections for item in section.items]


class PlanError(Exception):
    pass


def load_plan(path: Path) -> Plan:
    """One plan file; PlanError names the file and what is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        config = PlanConfig.model_validate(data)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise PlanError(f"{path}: {e}") from e
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or 'the file'}: {error['msg']}" for error in e.errors()
        )
        raise PlanError(f"{path}: {problems}") from e
    sections = tuple(
        PlanSection(s.title, s.description, tuple(PlanItem(item.slug, item.note) for item in s.problems))
        for s in config.sections
    )
    return Plan(path.stem, config.title, config.description, sections)


def plan_errors(plan: Plan, problems: dict[str, Problem]) -> list[str]:
    return [f"{slug}: no such problem" for slug in plan.slugs if slug not in problems]


def plan_warnings(plan: Plan, problems: dict[str, Problem]) -> list[str]:
    tags = [[set(problems[i.slug].tags) for i in s.items if i.slug in problems] for s in plan.sections]
    return skipped(tags)


def plan_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file()) if folder.is_dir() else []


class PlanRepository:
    def __init__(self, plans: dict[str, Plan], errors: dict[str, str] | None = None) -> None:
        self.plans = plans
        self.errors = errors or {}

    @classmethod
    def load(cls, folder: Path, problems: dict[str, Problem]) -> PlanRepository:
        """Every plan of `folder` whose problems all exist; the others are logged and left out
        (`judge check --plans` tells their authors first)."""
        plans: dict[str, Plan] = {}
        errors: dict[str, str] = {}
        for path in plan_files(folder):
            try:
                plan = load_plan(path)
                missing = plan_errors(plan, problems)
                if missing:
                    raise PlanError(f"{path}: {'; '.join(missing)}")
            except PlanError as e:
                errors[path.stem] = str(e)
                log.error("plan %s skipped: %s", path.stem, e)
                continue
            plans[plan.slug] = plan
        return cls(plans, errors)

    def get(self, slug: str) -> Plan | None:
        return self.plans.get(slug)
