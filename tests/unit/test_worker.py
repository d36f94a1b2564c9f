import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from judge.runtime import Runtime
from judge.settings import Settings
from judge.submissions import service
from judge.submissions.models import Submission
from judge.worker import Worker
from tests.builders import make_problem, make_user
from tests.fakes import FakeSandbox, ok

TESTS = {"sample/01": ("1\n", "1\n"), "hidden/01": ("2\n", "2\n"), "hidden/02": ("3\n", "3\n")}


@pytest.fixture
def runtime(database_url: str, tmp_path: Path) -> Iterator[Runtime]:
    from judge.db.migrate import upgrade

    upgrade(database_url)
    make_problem(tmp_path / "problems", "echo", tests=TESTS)
    settings = Settings(database_url=database_url, problems_dir=tmp_path / "problems", languages="python", pool_size=1)
    runtime = Runtime.start(settings, sandbox=FakeSandbox())
    yield runtime
    runtime.close()


def submit(runtime: Runtime, problem: str = "echo") -> int:
    author = make_user(runtime.database)
    with runtime.database.session() as session:
        return service.enqueue(
            session=session, problem=problem, problem_version="v", language="python", source="x", user_id=author
        )


def row(runtime: Runtime, submission_id: int) -> Submission:
    with runtime.database.session() as session:
        submission = service.get(session=session, submission_id=submission_id)
        assert submission is not None
        return submission


def test_judges_a_submission(runtime: Runtime) -> None:
    sid = submit(runtime)
    assert Worker(runtime).run_once("w")
    judged = row(runtime, sid)
    assert (judged.status, judged.verdict, len(judged.tests)) == ("done", "AC", 3)
    assert judged.problem_version == runtime.problems.problems["echo"].version
    assert not Worker(runtime).run_once("w")  # queue empty


def test_a_worker_that_lost_its_lease_writes_nothing(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("judge.worker.TEST_FLUSH_SECONDS", 0)  # every test written as it ends
    sid = submit(runtime)
    runs = 0

    def responder(argv, stdin):  # type: ignore[no-untyped-def]
        nonlocal runs
        if argv[0] == "python3" and argv[1] == "main.py":
            runs += 1
            if runs == 2:  # another worker takes the row over while we judge test 2
                with runtime.database.session() as session:
                    session.execute(update(Submission).where(Submission.id == sid).values(lease_owner="thief"))
        return ok(b"wrong\n" if runs >= 2 else stdin)

    runtime.sandbox.responder = responder  # type: ignore[attr-defined]
    Worker(runtime).run_once("slow")
    stolen = row(runtime, sid)
    assert (stolen.status, stolen.verdict, stolen.lease_owner) == ("running", None, "thief")
    assert [t.index for t in stolen.tests] == [1]  # test 2's WA was not recorded by the stale worker


def test_unknown_problem_is_ie(runtime: Runtime) -> None:
    sid = submit(runtime, problem="gone")
    Worker(runtime).run_once("w")
    assert row(runtime, sid).verdict == "IE"


def test_a_submission_that_keeps_killing_workers_ends_as_ie(runtime: Runtime) -> None:
    sid = submit(runtime)
    with runtime.database.session() as session:
        session.execute(update(Submission).where(Submission.id == sid).values(attempts=10))
    Worker(runtime).run_once("w")
    assert row(runtime, sid).verdict == "IE"


def test_threads_start_and_stop(runtime: Runtime) -> None:
    sid = submit(runtime)
    worker = Worker(runtime, threads=2)
    worker.start()
    runtime.notifier.work_queued()
    deadline = time.monotonic() + 10
    while row(runtime, sid).status != "done" and time.monotonic() < deadline:
        time.sleep(0.05)
    worker.stop(timeout=10)
    assert row(runtime, sid).verdict == "AC"
    assert not any(thread.is_alive() for thread in worker.threads)


def test_shutdown_hands_unfinished_work_back_and_the_old_thread_cannot_write(runtime: Runtime) -> None:
    started = threading.Event()

    def slow(argv, stdin):  # type: ignore[no-untyped-def]
        started.set()
        time.sleep(0.6)
        return ok(stdin)

    runtime.sandbox.responder = slow  # type: ignore[attr-defined]
    sid = submit(runtime)
    worker = Worker(runtime, threads=1)
    worker.start()
    runtime.notifier.work_queued()
    assert started.wait(10)
    worker.stop(timeout=0.1)  # far shorter than the judging: it is handed back
    released = row(runtime, sid)
    assert (released.status, released.lease_owner, released.verdict) == ("queued", None, None)
    for thread in worker.threads:
        thread.join(10)
    assert row(runtime, sid).status == "queued"  # the old thread finished, and wrote nothing
    runtime.sandbox.responder = lambda argv, stdin: ok(stdin)  # type: ignore[attr-defined]
    again = Worker(runtime, threads=1)
    assert again.run_once("next-worker")
    assert row(runtime, sid).verdict == "AC"
