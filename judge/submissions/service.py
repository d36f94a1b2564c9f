"""Submissions in the database: create and read. The queue operations live in queue.py."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from judge.submissions.models import Status, Submission


def create(
    *, session: Session, problem: str, problem_version: str, language: str, source: str, user_id: str | None = None
) -> Submission:
    submission = Submission(
        problem=problem,
        problem_version=problem_version,
        language=language,
        source=source,
        user_id=user_id,
        status=Status.QUEUED.value,
    )
    session.add(submission)
    session.flush()
    return submission


def get(*, session: Session, submission_id: int) -> Submission | None:
    return session.get(Submission, submission_id)


def queue_depth(*, session: Session) -> int:
    return (
        session.scalar(select(func.count()).select_from(Submission).where(Submission.status == Status.QUEUED.value))
        or 0
    )
