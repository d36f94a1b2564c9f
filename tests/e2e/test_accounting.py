"""Kernel accounting, end to end on both backends: CPU that no live process shows (zombies,
orphans, threads) and memory that no RSS shows (memfd, /dev/shm, /tmp, SysV shm, a shared file
mapping) are counted against the limits, and each gets the verdict it deserves."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.program import Program
from judge.languages import LANGUAGES
from judge.runtime import grading_limits
from judge.sandbox.base import ExecResult, Limits, RunStatus, Sandbox, SandboxSession
from judge.settings import Settings
from tests.e2e.conftest import make_backend, program

COMPILE = grading_limits(Settings()).compile


@pytest.fixture
def session(sandbox: Sandbox) -> Iterator[SandboxSession]:
    with sandbox.session() as session:
        yield session


def run(session: SandboxSession, path: str, stdin: bytes, limits: Limits) -> ExecResult:
    language = LANGUAGES["c" if path.endswith(".c") else "python"]
    source = program(f"hostile/{path}")
    assert Program(language, source).compile(session, COMPILE).ok
    return Program(language, source).run(session, limits, stdin)


def test_the_backend_counts_with_cgroups(sandbox: Sandbox) -> None:
    # CI runs as root on cgroup v1: the full guarantees, never the approximation.
    assert sandbox.accounting().startswith("cgroup v"), sandbox.accounting()


@pytest.mark.parametrize(
    ("path", "cpu_ms"),
    [
        ("zombie_cpu.c", 2000),  # 12 x 0.5 s in children nobody waits for
        ("orphan_cpu.c", 1000),  # a grandchild re-parented to init spins while the parent sleeps
        ("threads_cpu.c", 1000),  # 4 threads x 0.4 s of CPU each
    ],
)
def test_cpu_nobody_sees_is_counted(session: SandboxSession, path: str, cpu_ms: int) -> None:
    result = run(session, path, b"", Limits(cpu_ms=cpu_ms, memory_kb=256 * 1024))
    assert result.status is RunStatus.TLE, (result.status, result.stdout, result.stderr[-300:])
    assert result.time_ms >= cpu_ms
    assert not result.wall_exceeded  # the CPU limit stopped it, not the wall clock


@pytest.mark.parametrize(
    ("where", "megabytes", "limit_mb"),
    [
        ("memfd", 1500, 256),
        ("shm", 60, 32),  # /dev/shm is a 64 MB tmpfs: 60 MB fit in it, not in the limit
        ("tmp", 400, 256),
        ("sysv", 400, 256),
        ("mmap", 400, 256),
    ],
)
def test_memory_outside_rss_is_mle(session: SandboxSession, where: str, megabytes: int, limit_mb: int) -> None:
    result = run(session, "hidden_memory.c", f"{where} {megabytes}\n".encode(), Limits(2000, limit_mb * 1024))
    assert result.status is RunStatus.MLE, (result.status, result.stdout, result.stderr[-300:])
    assert result.memory_kb >= (limit_mb - 1) * 1024


@pytest.mark.parametrize("where", ["memfd", "sysv", "tmp"])
def test_memory_outside_rss_is_measured(session: SandboxSession, where: str) -> None:
    result = run(session, "hidden_memory.c", f"{where} 100\n".encode(), Limits(2000, 256 * 1024))
    assert (result.status, result.stdout) == (RunStatus.OK, b"KEPT 100 MB\n")
    assert 100 * 1024 <= result.memory_kb < 140 * 1024


def test_sysv_shared_memory_does_not_outlive_its_command(session: SandboxSession) -> None:
    kept = run(session, "hidden_memory.c", b"sysv 100\n", Limits(2000, 256 * 1024))
    assert kept.status is RunStatus.OK
    left = run(session, "sysv_left.py", b"", Limits(2000, 256 * 1024))
    assert left.stdout == b"shm 0\nsem 0\nmsg 0\n"


def memory_cgroup(session: SandboxSession, script: str = "true") -> str:
    result = session.execute(["sh", "-c", f"{script}; cat /proc/self/cgroup"], limits=Limits(1000, 64 * 1024))
    return next(line.split(":", 2)[2] for line in result.stdout.decode().splitlines() if ":memory:" in line)


def test_commands_run_in_the_sandboxs_slot_and_the_slot_goes_with_it(sandbox: Sandbox) -> None:
    # A sandbox of its own that judges two submissions (reset in between) and is then retired.
    own = make_backend(sandbox.name, pool_size=1, spare=0, reuse=2)
    try:
        with own.session() as session:
            clean = [memory_cgroup(session) for _ in range(2)]
            messy = memory_cgroup(session, "head -c 4000000 /dev/zero > /tmp/left-behind")
            after = memory_cgroup(session)
        with own.session() as session:
            next_submission = memory_cgroup(session)
    finally:
        own.close()
    # /judge/<slot>/run-N: a cgroup that nothing is charged to any more serves the next command;
    # one that still holds a command's memory (a file in a tmpfs) is replaced; the next submission
    # in the same sandbox gets a run cgroup of its own.
    paths = [*clean, messy, after, next_submission]
    assert all(path.rsplit("/", 1)[1].startswith("run-") for path in paths)
    assert len({path.rsplit("/", 1)[0] for path in paths}) == 1
    assert clean[0] == clean[1] == messy != after != next_submission
    slot = Path("/sys/fs/cgroup/memory" + after.rsplit("/", 1)[0])
    deadline = time.monotonic() + 30
    while slot.exists() and time.monotonic() < deadline:  # Docker's removal is in the background
        time.sleep(0.1)
    assert not slot.exists()


def test_numbers_are_each_commands_own(session: SandboxSession) -> None:
    heavy = run(session, "hidden_memory.c", b"memfd 100\n", Limits(2000, 256 * 1024))
    assert heavy.memory_kb >= 100 * 1024
    spin = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.5:\n    pass\n"
    busy = Program(LANGUAGES["python"], spin)
    assert busy.compile(session, COMPILE).ok
    assert busy.run(session, Limits(2000, 256 * 1024)).time_ms >= 500
    light = run(session, "sysv_left.py", b"", Limits(2000, 256 * 1024))
    assert light.time_ms < 400 and light.memory_kb < 50 * 1024, (light.time_ms, light.memory_kb)


def test_commands_cannot_look_into_the_cgroup_slot(session: SandboxSession) -> None:
    result = session.execute(["sh", "-c", "ls /judge-cgroup/memory; id -u"], limits=Limits(1000, 64 * 1024))
    assert b"Permission denied" in result.stderr and int(result.stdout) >= 1_000_000
