"""The pool's policy, with fake sandboxes: when a sandbox is reused, when it is retired, and that
a caller is never left waiting for a sandbox nobody is making."""

from __future__ import annotations

import itertools
import threading
import time
from typing import Any

import pytest

from judge.sandbox.base import SandboxError
from judge.sandbox.channel import SupervisorSession
from judge.sandbox.pool import Runner, RunnerPool


class FakeChannel(SupervisorSession):
    """Answers hello and reset; `fail_reset` makes the next resets fail as a supervisor would."""

    def __init__(self) -> None:
        self.broken = False
        self.accounting = "fake"
        self.fail_reset = False
        self.resets: list[int] = []

    def request(
        self, header: dict[str, Any], *payloads: bytes, timeout: float = 0
    ) -> tuple[dict[str, Any], list[bytes]]:
        if header["op"] == "reset":
            if self.fail_reset:
                raise SandboxError("reset failed: processes survive the kill")
            self.resets.append(header["run_uid"])
        return {"ok": True, "ready": True}, []


class FakeRunner(Runner):
    serial = itertools.count(1)

    def __init__(self) -> None:
        super().__init__(FakeChannel())
        self.number = next(self.serial)
        self.destroyed = threading.Event()

    @property
    def ident(self) -> str:
        return f"runner-{self.number}"

    def destroy(self) -> None:
        self.destroyed.set()


def make_pool(**options: Any) -> tuple[RunnerPool, list[FakeRunner]]:
    made: list[FakeRunner] = []

    def make() -> FakeRunner:
        runner = FakeRunner()
        made.append(runner)
        return runner

    uids = itertools.count(2_000_000)
    settings = {"pool_size": 1, "spare": 0, "allocate_uid": lambda: next(uids), **options}
    return RunnerPool(make=make, **settings), made


def eventually(condition: Any, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def ident(pool: RunnerPool) -> str:
    with pool.session() as session:
        return session.runner_id  # type: ignore[attr-defined, no-any-return]


def test_a_sandbox_is_reset_with_a_new_uid_and_reused_until_its_count() -> None:
    pool, made = make_pool(reuse=3)
    try:
        used = [ident(pool) for _ in range(4)]
        assert used[0] == used[1] == used[2] != used[3]
        resets = made[0].channel.resets  # type: ignore[attr-defined]
        assert len(resets) == 2 and len(set(resets)) == 2  # a fresh uid each time
        assert pool.stats.retired["uses"] == 1 and made[0].destroyed.wait(5)
    finally:
        pool.close()


def test_a_failed_reset_or_session_retires_the_sandbox() -> None:
    pool, made = make_pool()
    try:
        first = ident(pool)
        made[0].channel.fail_reset = True  # type: ignore[attr-defined]
        with pool.session() as session:  # the first reset fails: not this sandbox
            assert session.runner_id != first  # type: ignore[attr-defined]
        with pytest.raises(ValueError), pool.session():
            raise ValueError("the grader broke")
        assert pool.stats.retired == {"reset failed": 1, "failure": 1}
    finally:
        pool.close()


def test_a_broken_channel_retires_the_sandbox() -> None:
    pool, _ = make_pool()
    try:
        with pool.session() as session:
            session.channel.broken = True  # type: ignore[attr-defined]
            first = session.runner_id  # type: ignore[attr-defined]
        assert ident(pool) != first and pool.stats.retired["failure"] == 1
    finally:
        pool.close()


def test_old_sandboxes_are_retired() -> None:
    pool, made = make_pool(max_age_seconds=0.2)
    try:
        first = ident(pool)
        time.sleep(0.3)
        assert ident(pool) != first
        assert pool.stats.retired["age"] >= 1
    finally:
        pool.close()


def test_a_burst_beyond_the_target_is_served_and_the_surplus_retired() -> None:
    pool, made = make_pool()
    try:
        with pool.session() as first, pool.session() as second:  # a checker's second session
            assert first.runner_id != second.runner_id  # type: ignore[attr-defined]
        assert eventually(lambda: pool.stats.retired["surplus"] == 1)
        assert eventually(lambda: pool.idle() == 1)
    finally:
        pool.close()


def test_a_pool_that_cannot_make_sandboxes_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("judge.sandbox.pool.TAKE_TIMEOUT_SECONDS", 0.5)

    def broken() -> Runner:
        raise SandboxError("the daemon refuses")

    pool = RunnerPool(make=broken, pool_size=1, spare=0)
    try:
        with pytest.raises(SandboxError, match="daemon refuses"), pool.session():
            pass
        with pytest.raises(SandboxError, match="daemon refuses"):
            pool.check()
    finally:
        pool.close()


def test_without_new_uids_nothing_is_reused() -> None:
    pool, _ = make_pool(allocate_uid=None)
    try:
        assert ident(pool) != ident(pool)
        assert pool.stats.resets == 0
    finally:
        pool.close()
