"""Submissions in the database: create and read. The queue operations live in queue.py."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import case, func, insert, select, update
from sqlalchemy.orm import Session

from judge.accounts.models import User
from judge.db.base import utcnow
from judge.submissions.models import Status, Submission, SubmissionTest
from judge.submissions.progress import Attempt


def enqueue(
    *,
    session: Session,
    problem: str,
    problem_version: str,
    language: str,
    source: str,
    user_id: int,
    idempotency_key: str | None = None,
    interview_id: int | None = None,
) -> int:
    """A new queued submission, as one INSERT … RETURNING id (the gateway's hot path: no ORM
    object to build and track). Returns its id."""
    values = {
        "problem": problem, "problem_version": problem_version, "language": language, "source": source,
        "user_id": user_id, "idempotency_key": idempotency_key, "interview_id": interview_id,
        "status": Status.QUEUED.value, "created_at": utcnow(), "attempts": 0,
    }  # fmt: skip
    return session.execute(insert(Submission).values(**values).returning(Submission.id)).scalar_one()


def get(*, session: Session, submission_id: int) -> Submission | None:
    return session.get(Submission, submission_id)


def queue_depth(*, session: Session) -> int:
    return (
        session.scalar(select(func.count()).select_from(Submission).where(Submission.status == Status.QUEUED.value))
        or 0
    )


def for_user(*, session: Session, user_id: int, problem: str | None = None, limit: int = 50) -> list[Submission]:
    """The user's submissions, newest first."""
    query = select(Submission).where(Submission.user_id == user_id)
    if problem is not None:
        query = query.where(Submission.problem == problem)
    return list(session.scalars(query.order_by(Submission.id.desc()).limit(limit)))


def progress(*, session: Session, user_id: int) -> dict[str, str]:
    """problem -> "solved" (some submission accepted) or "attempted" (submitted, none accepted)."""
    solved = func.max(case((Submission.verdict == "AC", 1), else_=0))
    rows = session.execute(
        select(Submission.problem, solved).where(Submission.user_id == user_id).group_by(Submission.problem)
    )
    return {problem: "solved" if accepted else "attempted" for problem, accepted in rows}


def attempts(*, session: Session, user_id: int) -> list[Attempt]:
    """The user's submissions, oldest first, as the progress figures read them."""
    rows = session.execute(
        select(Submission.problem, Submission.verdict, Submission.created_at)
        .where(Submission.user_id == user_id)
        .order_by(Submission.created_at, Submission.id)
    )
    return [Attempt(problem, verdict, created_at) for problem, verdict, created_at in rows]


def by_idempotency_key(*, session: Session, key: str, user_id: int) -> Submission | None:
    """The submission an earlier POST of this user with this key made (keys are per user)."""
    return session.scalar(select(Submission).where(Submission.user_id == user_id, Submission.idempotency_key == key))


def purge_older_than(*, session: Session, days: float) -> int:
    """Retention: forget the source, compiler output and test messages of submissions finished
    more than `days` ago; their verdicts, times and memory stay. Returns how many were purged."""
    cutoff = utcnow() - timedelta(days=days)
    old = select(Submission.id).where(
        Submission.status == Status.DONE.value, Submission.finished_at < cutoff, Submission.source != ""
    )
    ids = list(session.scalars(old))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(update(Submission).where(Submission.id.in_(chunk)).values(source="", compile_output=None))
        session.execute(update(SubmissionTest).where(SubmissionTest.submission_id.in_(chunk)).values(message=None))
    return len(ids)


def claim_anonymous(*, session: Session, anonymous_id: str, user_id: int) -> int | None:
    """Moves the submissions of an anonymous browser id (kept as a user by migration 0003) to
    `user_id` and forgets that id; None when no such anonymous history exists. Knowing the id is
    what acting as it took before accounts, so it is what claiming it takes now."""
    anonymous = session.scalar(select(User).where(User.name == anonymous_id, User.anonymous.is_(True)))
    if anonymous is None:
        return None
    moved = session.execute(
        update(Submission).where(Submission.user_id == anonymous.id).values(user_id=user_id)
    ).rowcount
    session.delete(anonymous)
    return moved
