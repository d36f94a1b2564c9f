"""In-process wake-ups, so `judge serve` reacts at once instead of at the next poll.

The database stays the source of truth: workers and event streams still poll it (that is how
separate worker processes and gateways on other hosts see changes); these signals only cut the
wait when the change happened in this very process.
"""

from __future__ import annotations

import asyncio
import threading
from collections import defaultdict


class Notifier:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.work = threading.Event()
        self.watchers: dict[int, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = defaultdict(set)

    # --- the queue: the gateway queued a submission; idle worker threads wake up ---------------

    def work_queued(self) -> None:
        self.work.set()

    def wait_for_work(self, timeout: float) -> None:
        if self.work.wait(timeout):
            self.work.clear()

    # --- event streams: a worker changed a submission; its streams look at the database now -----

    def submission_changed(self, submission_id: int) -> None:
        with self.lock:
            watchers = list(self.watchers.get(submission_id, ()))
        for loop, event in watchers:
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # that stream's event loop is closed
                pass

    async def wait_for_change(self, submission_id: int, timeout: float) -> None:
        key = (asyncio.get_running_loop(), asyncio.Event())
        with self.lock:
            self.watchers[submission_id].add(key)
        try:
            await asyncio.wait_for(key[1].wait(), timeout)
        except TimeoutError:
            pass
        finally:
            with self.lock:
                self.watchers[submission_id].discard(key)
                if not self.watchers[submission_id]:
                    del self.watchers[submission_id]
