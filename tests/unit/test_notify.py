"""Event streams' wake-ups: a change between a stream's read and its wait is not lost."""

from __future__ import annotations

import asyncio
import time

from judge.notify import Notifier


def test_a_change_between_the_read_and_the_wait_wakes_the_wait_at_once() -> None:
    notifier = Notifier()

    async def stream() -> float:
        with notifier.watch(7) as watch:
            watch.reset()
            # ...the stream reads the submission here; meanwhile a worker finishes it:
            notifier.submission_changed(7)
            await asyncio.sleep(0)  # the wake-up is delivered through the event loop
            start = time.monotonic()
            await watch.wait(timeout=30)
            return time.monotonic() - start

    assert asyncio.run(stream()) < 5  # not the 30 s timeout (was: the poll interval, every time)


def test_other_submissions_do_not_wake_a_watch_and_watches_are_forgotten() -> None:
    notifier = Notifier()

    async def stream() -> bool:
        with notifier.watch(7) as watch:
            watch.reset()
            notifier.submission_changed(8)
            await asyncio.sleep(0)
            await watch.wait(timeout=0.05)
            return watch.event.is_set()

    assert asyncio.run(stream()) is False
    assert not notifier.watchers
