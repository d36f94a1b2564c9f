import threading
from collections import Counter

from judge.db.engine import Database
from judge.grading.grader import GradeResult, TestOutcome
from judge.grading.verdicts import Verdict
from judge.submissions import queue, service
from judge.submissions.models import Submission
from tests.builders import make_user

LEASE = 60.0


def add(database: Database, count: int = 1) -> list[int]:
    ids = []
    author = make_user(database)
    with database.session() as session:
        for _ in range(count):
            ids.append(
                service.enqueue(
                    session=session, problem="p", problem_version="v1", language="python", source="x", user_id=author
                )
            )
    return ids


def claim(database: Database, owner: str, lease: float = LEASE) -> Submission | None:
    with database.session() as session:
        return queue.claim(session=session, owner=owner, lease_seconds=lease)


def outcome(index: int) -> TestOutcome:
    return TestOutcome(index, f"hidden/{index:02}", False, Verdict.AC, 5, 100)


def test_claims_oldest_first_and_none_when_empty(database: Database) -> None:
    first, second = add(database, 2)
    a = claim(database, "w1")
    b = claim(database, "w2")
    assert (a.id, b.id) == (first, second)
    assert a.status == "running" and a.lease_owner == "w1" and a.attempts == 1
    assert claim(database, "w3") is None


def test_expired_lease_is_claimed_again_and_the_stale_worker_is_locked_out(database: Database) -> None:
    (sid,) = add(database)
    stale = claim(database, "stale", lease=-1)  # its lease is already over
    with database.session() as session:
        assert queue.record_test(
            session=session, submission_id=sid, owner="stale", lease_seconds=-1, outcome=outcome(1)
        )
    fresh = claim(database, "fresh")
    assert stale.id == fresh.id == sid
    assert fresh.attempts == 2
    with database.session() as session:
        assert service.get(session=session, submission_id=sid).tests == []  # the stale attempt's results are gone
        assert not queue.holds_lease(session=session, submission_id=sid, owner="stale", lease_seconds=LEASE)
        assert not queue.record_test(
            session=session, submission_id=sid, owner="stale", lease_seconds=LEASE, outcome=outcome(1)
        )
        assert not queue.finish(session=session, submission_id=sid, owner="stale", result=GradeResult(Verdict.WA))
        assert queue.finish(session=session, submission_id=sid, owner="fresh", result=GradeResult(Verdict.AC))
    with database.session() as session:
        row = service.get(session=session, submission_id=sid)
        assert (row.status, row.verdict) == ("done", "AC")


def test_a_live_lease_is_not_taken(database: Database) -> None:
    add(database)
    assert claim(database, "w1") is not None
    assert claim(database, "w2") is None


def test_final_verdict_is_written_once(database: Database) -> None:
    (sid,) = add(database)
    claim(database, "w1")
    result = GradeResult(Verdict.AC, tests=[outcome(1), outcome(2)])
    with database.session() as session:
        assert queue.record_test(
            session=session, submission_id=sid, owner="w1", lease_seconds=LEASE, outcome=outcome(1)
        )
    with database.session() as session:
        assert queue.finish(session=session, submission_id=sid, owner="w1", result=result, problem_version="v2")
    with database.session() as session:
        assert not queue.finish(session=session, submission_id=sid, owner="w1", result=GradeResult(Verdict.WA))
    with database.session() as session:
        row = service.get(session=session, submission_id=sid)
        assert row.verdict == "AC" and row.problem_version == "v2"
        assert [t.index for t in row.tests] == [1, 2]
        assert row.time_ms == 5 and row.finished_at is not None and row.lease_expires_at is None
    assert claim(database, "w2") is None  # done rows are never claimed


def test_release_returns_work_to_the_queue(database: Database) -> None:
    (sid,) = add(database)
    claim(database, "w1")
    with database.session() as session:
        assert queue.release(session=session, submission_id=sid, owner="w1")
    again = claim(database, "w2")
    assert again.id == sid and again.attempts == 1


def test_concurrent_claimers_never_share_a_submission(database: Database) -> None:
    ids = add(database, 30)
    claimed: list[tuple[str, int]] = []
    lock = threading.Lock()

    def work(owner: str) -> None:
        while True:
            submission = claim(database, owner)
            if submission is None:
                return
            with lock:
                claimed.append((owner, submission.id))

    threads = [threading.Thread(target=work, args=(f"w{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counts = Counter(sid for _, sid in claimed)
    assert sorted(counts) == ids
    assert set(counts.values()) == {1}


def test_retention_forgets_sources_but_keeps_verdicts(database: Database) -> None:
    from datetime import timedelta

    from sqlalchemy import update as sql_update

    from judge.db.base import utcnow
    from judge.submissions import service
    from judge.submissions.models import Submission

    author = make_user(database)
    with database.session() as session:
        old = service.enqueue(
            session=session, problem="p", problem_version="v", language="python", source="print(1)", user_id=author
        )
        new = service.enqueue(
            session=session, problem="p", problem_version="v", language="python", source="print(2)", user_id=author
        )
        for submission, age in ((old, 100), (new, 1)):
            session.execute(
                sql_update(Submission)
                .where(Submission.id == submission)
                .values(
                    status="done", verdict="AC", compile_output="warning", finished_at=utcnow() - timedelta(days=age)
                )
            )
    with database.session() as session:
        assert service.purge_older_than(session=session, days=90) == 1
    with database.session() as session:
        purged, kept = (
            service.get(session=session, submission_id=old),
            service.get(session=session, submission_id=new),
        )
        assert purged is not None and kept is not None
        assert (purged.source, purged.compile_output, purged.verdict) == ("", None, "AC")
        assert (kept.source, kept.compile_output) == ("print(2)", "warning")
        assert service.purge_older_than(session=session, days=90) == 0  # nothing twice
