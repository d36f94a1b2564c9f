"""GET /api/v1/plans and /api/v1/plans/{slug}: the study plans, with the caller's status per
problem when signed in (anyone may browse them)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException

from judge.accounts.service import Caller
from judge.api.auth import BROWSING, MaybeCaller, maybe_caller
from judge.api.deps import RuntimeDep
from judge.plans.repository import Plan
from judge.plans.schemas import PlanDetail, PlanList, PlanProblem, PlanSectionOut, PlanSummary
from judge.runtime import Runtime
from judge.submissions import service as submissions

router = APIRouter(prefix="/api/v1/plans", tags=["practice"], dependencies=[Depends(maybe_caller)], responses=BROWSING)


def statuses(runtime: Runtime, caller: Caller | None) -> dict[str, str] | None:
    if caller is None:
        return None
    with runtime.database.session() as session:
        return submissions.progress(session=session, user_id=caller.user_id)


def solved_count(slugs: list[str], progress: dict[str, str] | None) -> int | None:
    return None if progress is None else sum(progress.get(slug) == "solved" for slug in slugs)


def plan_summary(plan: Plan, progress: dict[str, str] | None) -> PlanSummary:
    return PlanSummary(
        slug=plan.slug,
        title=plan.title,
        description=plan.description,
        problems=len(plan.slugs),
        solved=solved_count(plan.slugs, progress),
    )


@router.get("", summary="The study plans, with how many of each plan's problems you solved")
def list_plans(runtime: RuntimeDep, caller: MaybeCaller) -> PlanList:
    progress = statuses(runtime, caller)
    return PlanList(items=[plan_summary(plan, progress) for plan in runtime.plans.plans.values()])


@router.get(
    "/{slug}",
    summary="One study plan: its sections in order, your status per problem, and the next one to do",
    responses={404: {"description": "unknown plan"}},
)
def get_plan(slug: str, runtime: RuntimeDep, caller: MaybeCaller) -> PlanDetail:
    plan = runtime.plans.get(slug)
    if plan is None:
        raise HTTPException(404, f"unknown plan {slug!r}")
    progress = statuses(runtime, caller)
    sections = []
    for section in plan.sections:
        problems = []
        for item in section.items:
            problem = runtime.problems.get(item.slug)
            if problem is None:  # loading proved every slug; a problem cannot vanish while serving
                continue
            status = None if progress is None else progress.get(item.slug, "unsolved")
            problems.append(
                PlanProblem(
                    slug=item.slug,
                    title=problem.title,
                    difficulty=problem.difficulty,
                    tags=problem.tags,
                    note=item.note,
                    status=status,  # type: ignore[arg-type]
                )
            )
        slugs = [item.slug for item in section.items]
        sections.append(
            PlanSectionOut(
                title=section.title,
                description=section.description,
                problems=problems,
                solved=solved_count(slugs, progress),
            )
        )
    next_slug = next((s for s in plan.slugs if progress is None or progress.get(s) != "solved"), None)
    return PlanDetail(**plan_summary(plan, progress).model_dump(), sections=sections, next=next_slug)
