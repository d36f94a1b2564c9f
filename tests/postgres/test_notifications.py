"""LISTEN/NOTIFY between processes: a change in one wakes the workers and event streams of the
others at once. Two Runtimes on one PostgreSQL stand for two processes (they share nothing else)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.db.engine import Database
from judge.db.notifications import PostgresChannel
from judge.runtime import Runtime
from judge.settings import Settings
from tests.builders import make_problem
from tests.fakes import FakeSandbox, ok


def wait_listening(*channels: PostgresChannel) -> None:
    for channel in channels:
        assert channel.listening.wait(10), "LISTEN did not start"


def test_a_channel_hears_another_processes_events(postgres_url: str) -> None:
    first_db, second_db = Database(postgres_url), Database(postgres_url)
    heard: list[object] = []
    arrived = threading.Event()

    def record(what: object) -> None:
        heard.append(what)
        if len(heard) >= 3:
            arrived.set()

    sender = PostgresChannel(first_db, on_queue=lambda: None, on_submission=lambda _: None)
    listener = PostgresChannel(second_db, on_queue=lambda: record("queue"), on_submission=record)
    sender.start()
    listener.start()
    try:
        wait_listening(sender, listener)
        sender.queue_changed()
        sender.submission_changed(41)
        sender.submission_changed(42)
        assert arrived.wait(10), heard
        assert sorted(map(str, heard)) == ["41", "42", "queue"]
    finally:
        sender.stop()
        listener.stop()
        first_db.dispose()
        second_db.dispose()


@pytest.fixture
def two_processes(postgres_url: str, tmp_path: Path) -> Iterator[tuple[Runtime, Runtime]]:
    make_problem(tmp_path / "problems", "echo")
    settings = Settings(database_url=postgres_url, problems_dir=tmp_path / "problems", languages="python")
    runtimes = tuple(Runtime.start(settings, sandbox=FakeSandbox(lambda argv, stdin: ok(stdin))) for _ in range(2))
    yield runtimes  # type: ignore[misc]
    for runtime in runtimes:
        runtime.close()


def test_an_event_stream_wakes_when_another_process_changes_its_submission(two_processes) -> None:  # type: ignore[no-untyped-def]
    gateway, worker = two_processes
    wait_listening(gateway.notifier.channel, worker.notifier.channel)  # type: ignore[arg-type]
    assert gateway.notifier.reaches_other_processes

    async def stream_waits() -> float:
        start = time.monotonic()
        task = asyncio.create_task(gateway.notifier.wait_for_change(7, timeout=30))
        await asyncio.sleep(0.2)
        worker.notifier.submission_changed(7)  # the worker process recorded a test of submission 7
        await task
        return time.monotonic() - start

    # Woken by the notification, long before the 30 s timeout (or the 5 s fallback poll).
    assert asyncio.run(stream_waits()) < 5

    woken = threading.Event()
    threading.Thread(target=lambda: (worker.notifier.wait_for_work(30), woken.set()), daemon=True).start()
    time.sleep(0.2)
    gateway.notifier.work_queued()  # the gateway process queued a submission
    assert woken.wait(5)
