"""Mock interviews in the database: start one, read its state by the server's clock, finish it,
and the report made from its submissions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from judge.db.base import utcnow
from judge.interviews.models import Interview
from judge.plans.repository import PlanRepository
from judge.problems.package import Problem
from judge.submissions.models import Status, Submission


def start(
    session: Session, *, user_id: int, problems: list[str], minutes: int, tags: list[str], difficulty: str | None
) -> Interview:
    now = utcnow()
    interview = Interview(
        user_id=user_id,
        problems_json=json.dumps(problems),
        minutes=minutes,
        tags_json=json.dumps(tags),
        difficulty=difficulty,
        started_at=now,
        ends_at=now + timedelta(minutes=minutes),
    )
    session.add(interview)
    session.flush()
    return interview


def of_user(session: Session, *, interview_id: int, user_id: int) -> Interview | None:
    """The interview, if it is the user's (another user's does not exist for them), its end
    recorded once the clock has passed it."""
    interview = session.get(Interview, interview_id)
    if interview is None or interview.user_id != user_id:
        return None
    close_if_over(interview)
    return interview


def close_if_over(interview: Interview, now: datetime | None = None) -> None:
    if interview.finished_at is None and (now or utcnow()) >= interview.ends_at:
        interview.finished_at = interview.ends_at


def is_active(interview: Interview, now: datetime | None = None) -> bool:
    return interview.finished_at is None and (now or utcnow()) < interview.ends_at


def history(session: Session, *, user_id: int, limit: int = 50) -> list[Interview]:
    interviews = list(
        session.scalars(
            select(Interview).where(Interview.user_id == user_id).order_by(Interview.id.desc()).limit(limit)
        )
    )
    for interview in interviews:
        close_if_over(interview)
    return interviews


def solved_slugs(session: Session, *, user_id: int) -> set[str]:
    query = select(Submission.problem).where(Submission.user_id == user_id, Submission.verdict == "AC").distinct()
    return set(session.scalars(query))


@dataclass(frozen=True)
class ProblemReport:
    slug: str
    verdict: str | None  # AC once accepted; else the last judged verdict; None: never judged
    attempts: int
    solved_after_s: int | None
    time_ms: int | None  # of the first accepted submission
    memory_kb: int | None
    faster_than: float | None  # % of everyone's accepted submissions of the problem that took longer
    leaner_than: float | None  # ... that used more memory


@dataclass(frozen=True)
class Report:
    problems: list[ProblemReport]
    solved: int
    topics_to_review: list[str]
    suggested_plan: str | None
    suggested_section: str | None


def share_worse(session: Session, problem: str, column, value: int | None) -> float | None:  # type: ignore[no-untyped-def]
    """The % of all accepted submissions of `problem` whose `column` is greater than `value`."""
    if value is None:
        return None
    accepted = (Submission.problem == problem, Submission.verdict == "AC", column.is_not(None))
    total = session.scalar(select(func.count()).select_from(Submission).where(*accepted)) or 0
    worse = session.scalar(select(func.count()).select_from(Submission).where(*accepted, column > value)) or 0
    return round(100 * worse / total, 1) if total else None


def report(session: Session, interview: Interview, problems: dict[str, Problem], plans: PlanRepository) -> Report:
    rows = list(
        session.scalars(select(Submission).where(Submission.interview_id == interview.id).order_by(Submission.id))
    )
    reports = []
    missed: set[str] = set()
    for slug in interview.problems:
        mine = [row for row in rows if row.problem == slug]
        accepted = next((row for row in mine if row.verdict == "AC"), None)
        judged = [row for row in mine if row.status == Status.DONE.value and row.verdict is not None]
        verdict = "AC" if accepted else (judged[-1].verdict if judged else None)
        after = None if accepted is None else int((accepted.created_at - interview.started_at).total_seconds())
        reports.append(
            ProblemReport(
                slug=slug,
                verdict=verdict,
                attempts=len(mine),
                solved_after_s=after,
                time_ms=accepted.time_ms if accepted else None,
                memory_kb=accepted.memory_kb if accepted else None,
                faster_than=share_worse(session, slug, Submission.time_ms, accepted.time_ms) if accepted else None,
                leaner_than=share_worse(session, slug, Submission.memory_kb, accepted.memory_kb) if accepted else None,
            )
        )
        if accepted is None and slug in problems:
            missed |= set(problems[slug].tags) - {"sql"}
    plan, section = suggestion(plans, problems, missed)
    solved = sum(r.verdict == "AC" for r in reports)
    return Report(reports, solved, sorted(missed), plan, section)


def suggestion(plans: PlanRepository, problems: dict[str, Problem], missed: set[str]) -> tuple[str | None, str | None]:
    """The first plan section (Backend interview 75's first) that practises a missed topic most."""
    if not missed:
        return None, None
    ordered = sorted(plans.plans.values(), key=lambda plan: plan.slug != "backend-interview-75")
    best: tuple[int, str | None, str | None] = (0, None, None)
    for plan in ordered:
        for section in plan.sections:
            hits = sum(len(missed & set(problems[item.slug].tags)) for item in section.items if item.slug in problems)
            if hits > best[0]:
                best = (hits, plan.slug, section.title)
    return best[1], best[2]
