"""A pool of warm sandboxes reused across submissions, for every backend that runs the supervisor
(`docker`: containers; `local`: bubblewrap processes). The backend says how to make one and how to
destroy one; the pool decides when.

The request path only takes a warm sandbox and gives it back. Everything slow happens in the
pool's own threads, while submissions are judged: a used sandbox is *reset* by its supervisor
(every process killed and reaped, every file, IPC object and socket gone, a fresh run cgroup, and
a run uid never used before: judge/sandbox/inside/cleanup.py) and goes back to the ready queue;
new sandboxes are made only to replace retired ones.

A sandbox is retired, never reused, after `reuse` submissions, after `max_age` seconds, and at the
first anomaly: a session that ended with an exception, a channel that broke or timed out, a reset
that failed or could not prove a step done, a supervisor that does not answer when taken.
"""

from __future__ import annotations

import abc
import collections
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager

from judge.sandbox import uids
from judge.sandbox.base import Connected, ExecResult, Limits, Sandbox, SandboxError, SandboxSession, Transcript
from judge.sandbox.channel import SupervisorSession

log = logging.getLogger(__name__)

TAKE_TIMEOUT_SECONDS = 60
# A reset kills, reaps and deletes what one submission left: milliseconds normally, bounded by the
# supervisor's own settle time (2 s per step) when something resists.
RESET_SECONDS = 20.0
# How often the refill threads look at the pool when nobody asks (aged sandboxes, retries).
IDLE_LOOK_SECONDS = 1.0
# Submissions per sandbox before it is retired anyway (JUDGE_RUNNER_REUSE): see the README's
# measurement of what a reset costs and what stays behind after thousands of them.
DEFAULT_REUSE = 200
DEFAULT_MAX_AGE_SECONDS = 3600.0


class Runner(abc.ABC):
    """One warm sandbox and the channel to its supervisor, which lives as long as the sandbox."""

    def __init__(self, channel: SupervisorSession) -> None:
        self.channel = channel
        self.created = time.monotonic()
        self.uses = 0

    @property
    def ident(self) -> str:
        return hex(id(self))

    @abc.abstractmethod
    def destroy(self) -> None:
        """End the sandbox and release what it holds (may block: called off the request path)."""


class Lease(SandboxSession):
    """What a caller gets: the runner's channel for the length of one `with` block, and not a
    moment longer (a reference kept past the block cannot reach the next submission's sandbox)."""

    def __init__(self, runner: Runner) -> None:
        self.channel: SupervisorSession | None = runner.channel
        self.accounting = runner.channel.accounting
        self.runner_id = runner.ident  # which sandbox (a container id): for logs and tests

    def live(self) -> SupervisorSession:
        if self.channel is None:
            raise SandboxError("this sandbox session has ended")
        return self.channel

    def write_file(self, path: str, data: bytes, *, executable: bool = False, writable: bool = False) -> None:
        self.live().write_file(path, data, executable=executable, writable=writable)

    def read_file(self, path: str, *, max_bytes: int = 256 * 1024 * 1024) -> bytes:
        return self.live().read_file(path, max_bytes=max_bytes)

    def archive(self, patterns: Sequence[str]) -> bytes:
        return self.live().archive(patterns)

    def extract(self, archive: bytes) -> None:
        self.live().extract(archive)

    def execute(
        self, argv: Sequence[str], *, limits: Limits, stdin: bytes = b"", env: Mapping[str, str] | None = None
    ) -> ExecResult:
        return self.live().execute(argv, limits=limits, stdin=stdin, env=env)

    def execute_connected(
        self,
        argv: Sequence[str],
        *,
        limits: Limits,
        env: Mapping[str, str] | None,
        peer: SandboxSession,
        peer_argv: Sequence[str],
        peer_limits: Limits,
        peer_env: Mapping[str, str] | None,
        stop_first: Callable[[ExecResult], bool] = lambda result: False,
        transcript: Transcript | None = None,
    ) -> Connected:
        if isinstance(peer, Lease):
            peer = peer.live()
        return self.live().execute_connected(
            argv,
            limits=limits,
            env=env,
            peer=peer,
            peer_argv=peer_argv,
            peer_limits=peer_limits,
            peer_env=peer_env,
            stop_first=stop_first,
            transcript=transcript,
        )


class PoolStats:
    """Counters for /metrics and the benchmarks."""

    def __init__(self) -> None:
        self.created = 0
        self.sessions = 0
        self.resets = 0
        self.reset_seconds = 0.0
        self.retired: collections.Counter[str] = collections.Counter()

    def snapshot(self) -> dict[str, object]:
        return {
            "created": self.created,
            "sessions": self.sessions,
            "resets": self.resets,
            "reset_ms_mean": round(1000 * self.reset_seconds / self.resets, 2) if self.resets else None,
            "retired": dict(self.retired),
        }


class RunnerPool:
    def __init__(
        self,
        *,
        make: Callable[[], Runner],
        pool_size: int,
        spare: int | None = None,
        reuse: int = DEFAULT_REUSE,
        max_age_seconds: float = DEFAULT_MAX_AGE_SECONDS,
        allocate_uid: Callable[[], int] | None = uids.allocate,
        refillers: int = 2,
        name: str = "runner",
        on_idle: Callable[[], None] | None = None,
    ) -> None:
        """`allocate_uid`: where each submission's new run uid comes from (None: the sandbox runs
        commands as its own uid, so nothing tells two submissions apart and none is reused)."""
        self.make = make
        self.pool_size = pool_size
        # Warm sandboxes kept: one per concurrent submission, plus spares (by default as many), so
        # that back-to-back submissions and a custom checker's second session never wait for one.
        self.warm_target = pool_size + (pool_size if spare is None else spare)
        self.reuse = reuse if allocate_uid is not None else 1
        self.max_age_seconds = max_age_seconds
        self.allocate_uid = allocate_uid
        self.name = name
        self.on_idle = on_idle  # the backend's housekeeping, run when the pool has nothing to do
        self.ready: collections.deque[Runner] = collections.deque()
        self.dirty: collections.deque[Runner] = collections.deque()
        self.leased: dict[str, Runner] = {}
        self.preparing = 0  # sandboxes being made or reset: on their way to the ready queue
        self.waiting = 0  # callers of take() with nothing ready for them
        self.lock = threading.Lock()
        self.available = threading.Condition(self.lock)
        self.wanted = threading.Event()
        self.stopping = threading.Event()
        self.last_error: str | None = None
        self.stats = PoolStats()
        self.destroyer = ThreadPoolExecutor(max_workers=2, thread_name_prefix=f"{name}-retire")
        # Two threads make sandboxes side by side: a burst of submissions should not queue behind
        # one start after another; either also resets used ones, which comes first.
        self.threads = [
            threading.Thread(target=self.maintain, name=f"{name}-pool-{n}", daemon=True) for n in range(refillers)
        ]
        for thread in self.threads:
            thread.start()

    # --- the request path -----------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[SandboxSession]:
        runner = self.take()
        lease = Lease(runner)
        clean = False
        try:
            yield lease
            clean = True
        finally:
            lease.channel = None
            self.give_back(runner, clean)

    def take(self) -> Runner:
        deadline = time.monotonic() + TAKE_TIMEOUT_SECONDS
        while True:
            with self.lock:
                self.waiting += 1
                try:
                    while not self.ready:
                        self.wanted.set()
                        left = deadline - time.monotonic()
                        if left <= 0 or self.stopping.is_set():
                            problem = self.last_error or "pool exhausted"
                            raise SandboxError(f"no {self.name} became ready: {problem}")
                        self.available.wait(min(left, 1.0))
                finally:
                    self.waiting -= 1
                runner = self.ready.pop()  # the last one back: its caches are warm
                self.leased[runner.ident] = runner
            self.wanted.set()  # one fewer warm: a replacement or a reset may be due
            if self.too_old(runner):
                self.retire(runner, "age")
                continue
            try:
                # Under a millisecond, and it spares a submission a sandbox that died while it
                # waited (a daemon restart, a kill from outside).
                runner.channel.hello()
            except SandboxError as e:
                log.warning("%s %s unusable: %s", self.name, runner.ident, e)
                self.retire(runner, "dead")
                continue
            with self.lock:
                self.stats.sessions += 1
            return runner

    def give_back(self, runner: Runner, clean: bool) -> None:
        runner.uses += 1
        if not clean or runner.channel.broken:
            log.warning("%s %s retired after a failure", self.name, runner.ident)
            self.retire(runner, "failure")
        elif runner.uses >= self.reuse:
            self.retire(runner, "uses")
        elif self.total() > self.warm_target:
            self.retire(runner, "surplus")  # made for a burst beyond the warm target
        else:
            with self.lock:
                self.leased.pop(runner.ident, None)
                self.dirty.append(runner)
        self.wanted.set()

    # --- the pool's threads -----------------------------------------------------------------------

    def maintain(self) -> None:
        backoff = 0.5
        while not self.stopping.is_set():
            with self.lock:
                runner = self.dirty.popleft() if self.dirty else None
                if runner is not None:
                    self.preparing += 1
            if runner is not None:
                self.reset(runner)
                continue
            self.retire_aged()
            with self.lock:
                # Sandboxes lent out come back (reset), so they count: new ones are made to
                # replace retired ones, and beyond the target only for callers waiting with
                # nothing on its way to them (a checker's second session in a full pool).
                coming = len(self.ready) + len(self.dirty) + self.preparing
                missing = max(self.warm_target - coming - len(self.leased), self.waiting - coming)
                if missing > 0:
                    self.preparing += 1
            if missing <= 0:
                self.wanted.wait(IDLE_LOOK_SECONDS)
                self.wanted.clear()
                if self.on_idle is not None:
                    self.on_idle()
                continue
            try:
                fresh = self.make()
            except (SandboxError, OSError, RuntimeError) as e:
                with self.lock:
                    self.preparing -= 1
                self.last_error = f"cannot start a {self.name}: {e}"
                log.error("%s (retrying in %.1f s)", self.last_error, backoff)
                self.stopping.wait(backoff)
                backoff = min(backoff * 2, 10.0)
                continue
            backoff = 0.5
            self.last_error = None
            with self.lock:
                self.stats.created += 1
            self.put_ready(fresh, prepared=True)

    def reset(self, runner: Runner) -> None:
        assert self.allocate_uid is not None
        started = time.monotonic()
        try:
            runner.channel.request({"op": "reset", "run_uid": self.allocate_uid()}, timeout=RESET_SECONDS)
        except (SandboxError, OSError) as e:
            with self.lock:
                self.preparing -= 1
            if self.stopping.is_set():
                # Closing: a sandbox may die under its reset when the pool thread that started it
                # ends (bubblewrap's --die-with-parent follows the starting thread, not the process).
                self.retire(runner, "closing")
                return
            log.warning("%s %s retired: its reset failed: %s", self.name, runner.ident, e)
            self.retire(runner, "reset failed")
            return
        with self.lock:
            self.stats.resets += 1
            self.stats.reset_seconds += time.monotonic() - started
        self.put_ready(runner, prepared=True)

    def put_ready(self, runner: Runner, prepared: bool = False) -> None:
        """Into the ready queue; a prepared one leaves `preparing` in the same step, so that no
        thread sees it in neither and makes another."""
        with self.lock:
            if prepared:
                self.preparing -= 1
            if not self.stopping.is_set():
                self.ready.append(runner)
                self.available.notify()
                return
        self.retire(runner, "closing")

    def too_old(self, runner: Runner) -> bool:
        return time.monotonic() - runner.created >= self.max_age_seconds

    def retire_aged(self) -> None:
        with self.lock:
            aged = [runner for runner in self.ready if self.too_old(runner)]
            for runner in aged:
                self.ready.remove(runner)
        for runner in aged:
            self.retire(runner, "age")

    def retire(self, runner: Runner, reason: str) -> None:
        with self.lock:
            self.leased.pop(runner.ident, None)
            self.stats.retired[reason] += 1
        try:
            self.destroyer.submit(runner.destroy)
        except RuntimeError:  # shutting down
            runner.destroy()

    # --- state -----------------------------------------------------------------------------------

    def held(self) -> list[Runner]:
        """Every runner the pool holds or has lent (for a backend's sweep of strays)."""
        with self.lock:
            return [*self.ready, *self.dirty, *self.leased.values()]

    def total(self) -> int:
        with self.lock:
            return len(self.ready) + len(self.dirty) + len(self.leased) + self.preparing

    def busy(self) -> bool:
        with self.lock:
            return bool(self.leased) or self.preparing > 0

    def idle(self) -> int:
        with self.lock:
            return len(self.ready)

    def check(self) -> None:
        if not any(thread.is_alive() for thread in self.threads):
            raise SandboxError(f"the {self.name} pool's threads died")
        with self.lock:
            empty = not self.ready and not self.dirty
        if empty and self.last_error:
            raise SandboxError(self.last_error)

    def close(self) -> None:
        self.stopping.set()
        self.wanted.set()
        with self.lock:
            self.available.notify_all()
        for thread in self.threads:
            thread.join(timeout=RESET_SECONDS + 10)
        with self.lock:
            left = list(self.ready) + list(self.dirty)
            self.ready.clear()
            self.dirty.clear()
        for runner in left:
            self.retire(runner, "closing")
        self.destroyer.shutdown(wait=True)


class PooledSandbox(Sandbox):
    """A backend whose sandboxes come from a RunnerPool (`self.pool`, made by the backend)."""

    pool: RunnerPool

    def session(self) -> AbstractContextManager[SandboxSession]:
        return self.pool.session()

    def idle(self) -> int | None:
        return self.pool.idle()

    def stats(self) -> dict[str, object] | None:
        return self.pool.stats.snapshot()
