"""/api/v1/interviews: start a timed mock interview, read its state and, once finished, its report."""

from __future__ import annotations

import secrets
from random import Random
from typing import Annotated

from fastapi import APIRouter, HTTPException, status
from fastapi import Path as FastAPIPath
from sqlalchemy.orm import Session

from judge.api.auth import CallerDep
from judge.api.deps import RuntimeDep
from judge.db.base import utcnow
from judge.interviews import service
from judge.interviews.choice import choose
from judge.interviews.models import Interview
from judge.interviews.schemas import (
    PRESETS,
    InterviewCreate,
    InterviewList,
    InterviewOut,
    InterviewStarted,
    ProblemReportOut,
    ReportOut,
)
from judge.runtime import Runtime

router = APIRouter(
    prefix="/api/v1/interviews", tags=["practice"], responses={401: {"description": "no user: sign in or send a token"}}
)
NOT_FOUND = {404: {"description": "no such interview of yours"}}
InterviewId = Annotated[int, FastAPIPath(ge=1, le=2**63 - 1, description="the interview's id")]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Start a timed mock interview: problems you have not solved, on the server's clock",
    responses={422: {"description": "invalid body, or no problem matches the topics and difficulty"}},
)
def start_interview(body: InterviewCreate, runtime: RuntimeDep, caller: CallerDep) -> InterviewStarted:
    count, minutes, difficulty, tags = PRESETS.get(body.preset or "", (2, 45, None, []))
    count = body.problems or count
    minutes = body.minutes or minutes
    difficulty = body.difficulty or difficulty
    tags = list(dict.fromkeys(body.tags)) if body.tags is not None else tags
    with runtime.database.session() as session:
        solved = service.solved_slugs(session, user_id=caller.user_id)
        rng = Random(secrets.randbits(64))
        slugs = choose(list(runtime.problems.problems.values()), solved, count, tags, difficulty, rng)
        if not slugs:
            raise HTTPException(422, "no problem matches these topics and difficulty")
        interview = service.start(
            session, user_id=caller.user_id, problems=slugs, minutes=minutes, tags=tags, difficulty=difficulty
        )
        return InterviewStarted(
            id=interview.id, problems=slugs, started_at=interview.started_at, ends_at=interview.ends_at
        )


def document(session: Session, runtime: Runtime, interview: Interview) -> InterviewOut:
    active = service.is_active(interview)
    report = None
    if not active:
        made = service.report(session, interview, runtime.problems.problems, runtime.plans)
        report = ReportOut(
            solved=made.solved,
            problems=[
                ProblemReportOut(
                    slug=p.slug,
                    title=problem.title if (problem := runtime.problems.get(p.slug)) else p.slug,
                    verdict=p.verdict,
                    attempts=p.attempts,
                    solved_after_s=p.solved_after_s,
                    time_ms=p.time_ms,
                    memory_kb=p.memory_kb,
                    faster_than_percent=p.faster_than,
                    leaner_than_percent=p.leaner_than,
                )
                for p in made.problems
            ],
            topics_to_review=made.topics_to_review,
            suggested_plan=made.suggested_plan,
            suggested_section=made.suggested_section,
        )
    left = max(0, int((interview.ends_at - utcnow()).total_seconds())) if active else 0
    return InterviewOut(
        id=interview.id,
        state="active" if active else "finished",
        problems=interview.problems,
        minutes=interview.minutes,
        tags=interview.tags,
        difficulty=interview.difficulty,
        started_at=interview.started_at,
        ends_at=interview.ends_at,
        finished_at=interview.finished_at,
        seconds_left=left,
        report=report,
    )


@router.get("", summary="Your mock interviews, newest first, with the reports of finished ones")
def list_interviews(runtime: RuntimeDep, caller: CallerDep) -> InterviewList:
    with runtime.database.session() as session:
        interviews = service.history(session, user_id=caller.user_id)
        return InterviewList(items=[document(session, runtime, interview) for interview in interviews])


@router.get(
    "/{interview_id}", summary="One mock interview: its state and, once finished, its report", responses=NOT_FOUND
)
def get_interview(interview_id: InterviewId, runtime: RuntimeDep, caller: CallerDep) -> InterviewOut:
    with runtime.database.session() as session:
        interview = service.of_user(session, interview_id=interview_id, user_id=caller.user_id)
        if interview is None:
            raise HTTPException(404, f"unknown interview {interview_id}")
        return document(session, runtime, interview)


@router.post(
    "/{interview_id}/finish",
    summary="End a mock interview before its time is up, for its report",
    responses={**NOT_FOUND, 409: {"description": "it is over already"}},
)
def finish_interview(interview_id: InterviewId, runtime: RuntimeDep, caller: CallerDep) -> InterviewOut:
    with runtime.database.session() as session:
        interview = service.of_user(session, interview_id=interview_id, user_id=caller.user_id)
        if interview is None:
            raise HTTPException(404, f"unknown interview {interview_id}")
        if not service.is_active(interview):
            raise HTTPException(409, f"interview {interview_id} is over already: it cannot restart")
        interview.finished_at = utcnow()
        session.flush()
        return document(session, runtime, interview)
