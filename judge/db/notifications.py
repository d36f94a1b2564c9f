"""Wake-ups between processes on PostgreSQL: LISTEN/NOTIFY.

A gateway that queued a submission wakes the idle workers of every process, and a worker that
recorded a test wakes the event streams of every gateway, at once instead of at their next poll.
Publishing never blocks the caller: a thread sends what piled up, in one transaction (PostgreSQL
drops duplicates within it). Listening holds one connection of its own per process, outside the
pool. The database stays the source of truth: a lost notification only means waiting for the
next poll, so a listener that loses its connection just reconnects."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import make_url

from judge.db.engine import Database

log = logging.getLogger(__name__)

CHANNEL = "judge_events"
QUEUE = "queue"
SUBMISSION = "submission:"
RECONNECT_SECONDS = 1.0


class PostgresChannel:
    def __init__(
        self, database: Database, *, on_queue: Callable[[], None], on_submission: Callable[[int], None]
    ) -> None:
        self.database = database
        self.on_queue = on_queue
        self.on_submission = on_submission
        url = make_url(database.url)
        self.conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.pending: set[str] = set()
        self.wanted = threading.Condition()
        self.stopping = threading.Event()
        self.listening = threading.Event()  # LISTEN is in place: other processes' events arrive
        self.threads = [
            threading.Thread(target=self.listen, name="pg-listen", daemon=True),
            threading.Thread(target=self.publish_pending, name="pg-notify", daemon=True),
        ]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def stop(self) -> None:
        self.stopping.set()
        with self.wanted:
            self.wanted.notify_all()
        for thread in self.threads:
            thread.join(5)

    # --- sending ------------------------------------------------------------------------------

    def queue_changed(self) -> None:
        self.send(QUEUE)

    def submission_changed(self, submission_id: int) -> None:
        self.send(f"{SUBMISSION}{submission_id}")

    def send(self, payload: str) -> None:
        with self.wanted:
            self.pending.add(payload)
            self.wanted.notify()

    def publish_pending(self) -> None:
        while not self.stopping.is_set():
            with self.wanted:
                while not self.pending and not self.stopping.is_set():
                    self.wanted.wait()
                payloads, self.pending = self.pending, set()
            if not payloads:
                continue
            try:
                with self.database.engine.begin() as connection:
                    for payload in sorted(payloads):
                        connection.execute(
                            text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
                        )
            except Exception:  # noqa: BLE001 - a lost wake-up costs one poll interval, nothing more
                log.warning("could not publish %d notifications", len(payloads), exc_info=True)

    # --- receiving ----------------------------------------------------------------------------

    def listen(self) -> None:
        while not self.stopping.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self.stopping.is_set():
                        for notification in connection.notifies(timeout=1.0):
                            self.dispatch(notification.payload)
            except Exception:  # noqa: BLE001 - reconnect; meanwhile the polls carry on
                log.warning("LISTEN %s: connection lost; reconnecting", CHANNEL, exc_info=True)
            finally:
                self.listening.clear()
            self.stopping.wait(RECONNECT_SECONDS)

    def dispatch(self, payload: str) -> None:
        if payload == QUEUE:
            self.on_queue()
        elif payload.startswith(SUBMISSION) and payload[len(SUBMISSION) :].isdigit():
            self.on_submission(int(payload[len(SUBMISSION) :]))
