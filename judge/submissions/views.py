from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Response, status
from fastapi import Path as FastAPIPath
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sse_starlette.sse import EventSourceResponse

from judge.accounts.service import Caller
from judge.api.auth import AdminDep, CallerDep
from judge.api.deps import RuntimeDep, SessionDep
from judge.api.inputs import available_language, check_source, language_for_problem
from judge.db.base import utcnow
from judge.interviews import service as interviews
from judge.submissions import progress, queue, service
from judge.submissions.events import submission_events
from judge.submissions.models import Submission
from judge.submissions.schemas import (
    DayActivity,
    Progress,
    ReviewItem,
    SolvedCounts,
    Streak,
    SubmissionCreate,
    SubmissionCreated,
    SubmissionList,
    SubmissionOut,
    SubmissionSummary,
    TopicProgress,
)
from judge.text import StoredText

router = APIRouter(prefix="/api/v1/submissions", tags=["submissions"])

NOT_FOUND = {404: {"description": "unknown submission, or another user's"}}
SIGNED_IN = {401: {"description": "no user: sign in or send a token"}}
LIMITED = {429: {"description": "over one of your quotas: try again after Retry-After seconds"}}
# Ids are 64-bit: a larger number is a 422, not a database error.
SubmissionId = Annotated[int, FastAPIPath(ge=1, le=2**63 - 1, description="the submission's id")]


def for_interview(session: Session, caller: Caller, interview_id: int, problem: str) -> None:
    """A submission for a mock interview: the caller's own, still running by the server's clock,
    and one of its problems."""
    interview = interviews.of_user(session, interview_id=interview_id, user_id=caller.user_id)
    if interview is None:
        raise HTTPException(404, f"unknown interview {interview_id}")
    if not interviews.is_active(interview):
        raise HTTPException(409, f"interview {interview_id} is over: submissions are closed")
    if problem not in interview.problems:
        raise HTTPException(422, f"{problem!r} is not one of interview {interview_id}'s problems")


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Queue a solution for judging on the problem's hidden tests",
    responses={
        **SIGNED_IN,
        **LIMITED,
        404: {"description": "unknown problem, or no such interview of yours"},
        409: {"description": "the interview is over: its clock ran out or it was finished"},
        413: {"description": "body too large"},
        422: {"description": "invalid body, or an Idempotency-Key reused for another body"},
        503: {"description": "the queue is full: try again after Retry-After seconds"},
    },
)
def create_submission(
    body: SubmissionCreate,
    runtime: RuntimeDep,
    response: Response,
    caller: CallerDep,
    idempotency_key: Annotated[
        str | None,
        Header(
            max_length=200,
            description="a client-chosen key: a retried POST with the same key returns the same submission",
        ),
    ] = None,
) -> SubmissionCreated:
    available_language(runtime, body.language)
    check_source(runtime, body.source)
    problem = runtime.problems.get(body.problem)
    if problem is None:
        raise HTTPException(404, f"unknown problem {body.problem!r}")
    language_for_problem(runtime, problem, body.language)
    # Committed here, not when the request ends: the row must exist before the 202 is sent and
    # before a worker is woken to claim it.
    try:
        with runtime.database.session() as session:
            if idempotency_key is not None:
                earlier = service.by_idempotency_key(session=session, key=idempotency_key, user_id=caller.user_id)
                if earlier is not None:
                    return created(response, same_request(earlier, body))
            if body.interview is not None:
                for_interview(session, caller, body.interview, problem.slug)
            runtime.quotas.submit(caller, session)
            if runtime.queue_gauge.is_full(session, runtime.settings.queue_limit):
                retry = str(runtime.settings.retry_after_seconds)
                raise HTTPException(503, "the judging queue is full; try again shortly", headers={"Retry-After": retry})
            submission_id = service.enqueue(
                session=session,
                problem=problem.slug,
                problem_version=problem.version,
                language=body.language,
                source=body.source,
                user_id=caller.user_id,
                idempotency_key=idempotency_key,
                interview_id=body.interview,
            )
    except IntegrityError:
        # The same key in two requests at once: the other one made it, so answer with that.
        with runtime.database.session() as session:
            earlier = service.by_idempotency_key(session=session, key=idempotency_key or "", user_id=caller.user_id)
            if earlier is None:
                raise
            return created(response, same_request(earlier, body))
    runtime.notifier.work_queued()
    response.headers["Location"] = f"/api/v1/submissions/{submission_id}"
    return SubmissionCreated(id=submission_id, status="queued")


def same_request(earlier: Submission, body: SubmissionCreate) -> Submission:
    if (earlier.problem, earlier.language, earlier.source) != (body.problem, body.language, body.source):
        raise HTTPException(422, "this Idempotency-Key was used for a different submission")
    return earlier


def created(response: Response, submission: Submission) -> SubmissionCreated:
    response.headers["Location"] = f"/api/v1/submissions/{submission.id}"
    status_value = "queued" if submission.status == "queued" else submission.status
    return SubmissionCreated(id=submission.id, status=status_value)  # type: ignore[arg-type]


@router.post(
    "/{submission_id}/rejudge",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Judge a finished submission again, on the problem's current version",
    responses={
        **NOT_FOUND,
        **SIGNED_IN,
        403: {"description": "only admins rejudge"},
        409: {"description": "the submission is still queued or running"},
        503: {"description": "the queue is full: try again after Retry-After seconds"},
    },
)
def rejudge_submission(
    submission_id: SubmissionId, runtime: RuntimeDep, response: Response, admin: AdminDep
) -> SubmissionCreated:
    with runtime.database.session() as session:
        submission = service.get(session=session, submission_id=submission_id)
        if submission is None:
            raise HTTPException(404, f"unknown submission {submission_id}")
        if runtime.queue_gauge.is_full(session, runtime.settings.queue_limit):
            retry = str(runtime.settings.retry_after_seconds)
            raise HTTPException(503, "the judging queue is full; try again shortly", headers={"Retry-After": retry})
        if not queue.requeue(session=session, submission_id=submission_id):
            raise HTTPException(409, f"submission {submission_id} is still {submission.status}")
    runtime.notifier.work_queued()
    response.headers["Location"] = f"/api/v1/submissions/{submission_id}"
    return SubmissionCreated(id=submission_id, status="queued")


def visible(submission: Submission | None, caller: Caller, submission_id: int) -> Submission:
    """The submission when the caller may see it: its author or an admin. Anyone else gets the
    same 404 as for an id that does not exist, so ids reveal nothing."""
    if submission is None or (submission.user_id != caller.user_id and not caller.is_admin):
        raise HTTPException(404, f"unknown submission {submission_id}")
    return submission


@router.get("", summary="Your submissions, newest first; optionally for one problem", responses=SIGNED_IN)
def list_submissions(
    session: SessionDep,
    caller: CallerDep,
    problem: Annotated[StoredText | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> SubmissionList:
    found = service.for_user(session=session, user_id=caller.user_id, problem=problem, limit=limit)
    return SubmissionList(items=[SubmissionSummary.of(submission) for submission in found])


@router.get(
    "/{submission_id}",
    summary="A submission with its verdict and per-test results (its author and admins only)",
    responses={**NOT_FOUND, **SIGNED_IN},
)
def get_submission(submission_id: SubmissionId, session: SessionDep, caller: CallerDep) -> SubmissionOut:
    submission = visible(service.get(session=session, submission_id=submission_id), caller, submission_id)
    return SubmissionOut.of(submission)


@router.get(
    "/{submission_id}/events",
    summary="Server-Sent Events: status changes, each finished test, then `done` with the whole submission",
    response_class=EventSourceResponse,
    responses={200: {"content": {"text/event-stream": {}}}, **NOT_FOUND, **SIGNED_IN, **LIMITED},
)
def submission_event_stream(submission_id: SubmissionId, runtime: RuntimeDep, caller: CallerDep) -> EventSourceResponse:
    # A session of its own, closed before the stream starts: a session dependency would hold a
    # pooled connection for the stream's whole life, and a few dozen streams would drain the pool.
    with runtime.database.session() as session:
        visible(service.get(session=session, submission_id=submission_id), caller, submission_id)
    close = runtime.quotas.open_stream(caller)
    return EventSourceResponse(submission_events(runtime, submission_id, on_close=close), ping=15)


progress_router = APIRouter(prefix="/api/v1/me", tags=["submissions"])


@progress_router.get(
    "/progress",
    summary="Your progress: solved by difficulty and topic, daily activity and streak, problems due for review",
    responses=SIGNED_IN,
)
def my_progress(session: SessionDep, runtime: RuntimeDep, caller: CallerDep) -> Progress:
    today = utcnow().date()
    made = progress.figures(service.attempts(session=session, user_id=caller.user_id), today)
    problems = runtime.problems.problems
    solved = [problems[slug] for slug, state in made.status.items() if state == "solved" and slug in problems]
    by_difficulty = Counter(problem.difficulty for problem in solved)
    totals = Counter(tag for problem in problems.values() for tag in problem.tags)
    solved_tags = Counter(tag for problem in solved for tag in problem.tags)
    year_ago = today - timedelta(days=365)
    return Progress(
        problems=made.status,  # type: ignore[arg-type]
        solved=SolvedCounts(total=len(solved), **{level: by_difficulty[level] for level in ("easy", "medium", "hard")}),
        topics=[TopicProgress(tag=tag, solved=solved_tags[tag], total=totals[tag]) for tag in sorted(totals)],
        activity=[
            DayActivity(date=day, submissions=count, accepted=ok)
            for day, (count, ok) in made.activity.items()
            if day > year_ago
        ],
        streak=Streak(current=made.current_streak, longest=made.longest_streak),
        review=[
            ReviewItem(slug=r.problem, title=problems[r.problem].title, due=r.due, reason=r.reason)
            for r in made.review
            if r.problem in problems
        ],
    )
