"""Sandboxes reused across submissions, on both backends: what one submission leaves reaches
nothing of the next, and a sandbox that cannot be proven clean is retired instead of reused.

Every pool here has one sandbox (pool size 1, no spare), so the next submission surely lands in
the sandbox the last one used; the tests check that it did."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from judge.grading.program import Program
from judge.languages import LANGUAGES
from judge.runtime import grading_limits
from judge.sandbox.base import Limits, Sandbox, SandboxSession
from judge.sandbox.docker import DockerSandbox
from judge.sandbox.local import LocalSandbox
from judge.sandbox.pool import Lease, RunnerPool
from judge.settings import Settings
from tests.e2e.conftest import BACKENDS, program

LIMITS = Limits(cpu_ms=10_000, memory_kb=256 * 1024, wall_ms=30_000)
COMPILE = grading_limits(Settings()).compile


def one_sandbox(backend: str, reuse: int = 100) -> Sandbox:
    if backend == "local":
        return LocalSandbox(pool_size=1, spare=0, reuse=reuse)
    return DockerSandbox(pool_size=1, spare=0, reuse=reuse)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def single(backend: str) -> Iterator[Sandbox]:
    sandbox = one_sandbox(backend)
    yield sandbox
    sandbox.close()


def pool_of(sandbox: Sandbox) -> RunnerPool:
    return sandbox.pool  # type: ignore[attr-defined, no-any-return]


def run_python(session: SandboxSession, source: str) -> str:
    language = LANGUAGES["python"]
    assert Program(language, source).compile(session, COMPILE).ok
    result = Program(language, source).run(session, LIMITS, b"")
    return (result.stdout + result.stderr).decode()


def runner_of(session: SandboxSession) -> str:
    assert isinstance(session, Lease)
    return session.runner_id


def run_uid(session: SandboxSession) -> int:
    return int(session.execute(["id", "-u"], limits=LIMITS).stdout)


def test_nothing_a_submission_leaves_reaches_the_next_one(single: Sandbox, backend: str) -> None:
    with single.session() as first:
        made = run_python(first, program("reuse/leave_everything.py"))
        first_runner, first_uid = runner_of(first), run_uid(first)
    # It did leave everything it tries to (else the check below would prove nothing). A POSIX
    # queue cannot even be made: the launcher's RLIMIT_MSGQUEUE is 0.
    assert made.startswith("MADE "), made
    for thing in ("file /work", "file /tmp", "file /dev/shm", "sysv shm", "sysv sem", "sysv msg", "processes"):
        assert thing in made, (thing, made)
    assert "abstract socket" in made
    assert "posix mq" not in made
    with single.session() as second:
        assert runner_of(second) == first_runner  # the same sandbox, reset
        found = run_python(second, program("reuse/find_leftovers.py"))
        assert found.splitlines()[0] == "CLEAN", found
        assert run_uid(second) != first_uid  # a new uid, never used before in this sandbox
    assert pool_of(single).stats.retired == {}


def test_a_sandbox_is_retired_after_its_reuse_count() -> None:
    for backend in BACKENDS:
        sandbox = one_sandbox(backend, reuse=3)
        try:
            runners = []
            for _ in range(4):
                with sandbox.session() as session:
                    runners.append(runner_of(session))
                    assert session.execute(["true"], limits=LIMITS).exit_code == 0
            assert runners[0] == runners[1] == runners[2] != runners[3], (backend, runners)
            assert pool_of(sandbox).stats.retired["uses"] == 1
        finally:
            sandbox.close()


def test_a_sandbox_whose_reset_fails_is_retired_not_reused(single: Sandbox) -> None:
    pool = pool_of(single)
    with single.session() as first:
        runner, uid = runner_of(first), run_uid(first)
    with single.session() as second:
        assert runner_of(second) == runner
    # Injected: the next reset asks for a uid this sandbox has used, which its supervisor refuses
    # (two submissions must never share a uid): the reset cannot be proven, so the sandbox goes.
    pool.allocate_uid = lambda: uid
    with single.session() as third:
        assert runner_of(third) != runner
        assert third.execute(["echo", "fresh"], limits=LIMITS).stdout == b"fresh\n"
    assert pool.stats.retired["reset failed"] == 1


def test_a_session_that_failed_retires_its_sandbox(single: Sandbox) -> None:
    with pytest.raises(RuntimeError), single.session() as first:
        runner = runner_of(first)
        raise RuntimeError("the grader broke mid-submission")
    with single.session() as second:
        assert runner_of(second) != runner
    assert pool_of(single).stats.retired["failure"] == 1


def test_a_lease_is_dead_after_its_block(single: Sandbox) -> None:
    with single.session() as session:
        kept = session
    with pytest.raises(Exception, match="ended"):
        kept.execute(["true"], limits=LIMITS)
