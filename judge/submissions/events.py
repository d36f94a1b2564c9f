"""Server-Sent Events of one submission: a `status` event per state change, a `test` event per
finished test, and a final `done` event carrying the whole submission document.

The stream reads the database (not worker memory), so it works whichever host judges the row."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable

from anyio import to_thread

from judge.runtime import Runtime
from judge.submissions import service
from judge.submissions.schemas import SubmissionOut

# Changes judged in this process (and, on PostgreSQL, in any process: LISTEN/NOTIFY) wake the
# stream at once; without such a channel, other processes' changes are seen at the next poll.
POLL_SECONDS = 0.5
POLL_SECONDS_WITH_CHANNEL = 5.0


def snapshot(runtime: Runtime, submission_id: int) -> SubmissionOut | None:
    with runtime.database.session() as session:
        submission = service.get(session=session, submission_id=submission_id)
        return SubmissionOut.of(submission) if submission is not None else None


async def submission_events(
    runtime: Runtime, submission_id: int, *, on_close: Callable[[], None] = lambda: None
) -> AsyncIterator[dict[str, str]]:
    """Each read takes a database connection for the read alone; the stream ends after
    JUDGE_EVENTS_MAX_SECONDS, done or not (an EventSource reconnects by itself). `on_close` runs
    when it ends, however it ends (the per-user count of open streams)."""
    try:
        async for event in events_until_done(runtime, submission_id):
            yield event
    finally:
        on_close()


async def events_until_done(runtime: Runtime, submission_id: int) -> AsyncIterator[dict[str, str]]:
    last_status: str | None = None
    sent_tests: set[int] = set()
    deadline = time.monotonic() + runtime.settings.events_max_seconds
    with runtime.notifier.watch(submission_id) as watch:
        while time.monotonic() < deadline:
            watch.reset()  # a change from here on wakes the wait below at once
            document = await to_thread.run_sync(snapshot, runtime, submission_id)
            if document is None:
                return
            if document.status != last_status:
                last_status = document.status
                yield {
                    "event": "status",
                    "data": json.dumps({"type": "status", "id": submission_id, "status": document.status}),
                }
            for test in document.tests:
                if test.index not in sent_tests:
                    sent_tests.add(test.index)
                    # The test object itself, with its type; also nested under "test" for clients that prefer it.
                    fields = test.model_dump()
                    yield {
                        "event": "test",
                        "data": json.dumps({"type": "test", **fields, "submission_id": submission_id, "test": fields}),
                    }
            if document.status == "done":
                whole = document.model_dump(mode="json")
                yield {"event": "done", "data": json.dumps({"type": "done", **whole, "submission": whole})}
                return
            poll = POLL_SECONDS_WITH_CHANNEL if runtime.notifier.reaches_other_processes else POLL_SECONDS
            await watch.wait(min(poll, max(0.0, deadline - time.monotonic())))
