"""The Docker runner pool itself: containment that only a container gives, and faults."""

from __future__ import annotations

import time
from collections.abc import Iterator

import docker
import pytest
from docker.models.containers import Container

from judge.grading.program import Program
from judge.languages import LANGUAGES
from judge.runtime import grading_limits
from judge.sandbox.base import Limits, RunStatus, SandboxError, SandboxSession
from judge.sandbox.docker import LABEL, DockerSandbox
from judge.settings import Settings
from tests.e2e.conftest import program

LIMITS = Limits(cpu_ms=2000, memory_kb=256 * 1024)
COMPILE = grading_limits(Settings()).compile


@pytest.fixture(scope="module")
def pool() -> Iterator[DockerSandbox]:
    sandbox = DockerSandbox(pool_size=2)
    yield sandbox
    sandbox.close()


def sh(session: SandboxSession, script: str, limits: Limits = LIMITS) -> str:
    result = session.execute(["sh", "-c", script], limits=limits)
    return (result.stdout + result.stderr).decode()


def python(session: SandboxSession, source: str, stdin: bytes = b"") -> str:
    lang = LANGUAGES["python"]
    assert Program(lang, source).compile(session, COMPILE).ok
    return Program(lang, source).run(session, LIMITS, stdin).stdout.decode()


def wait_until(condition, timeout: float = 30) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_the_solution_sees_no_other_container_or_process(pool: DockerSandbox) -> None:
    with pool.session() as first, pool.session() as second:
        marker = sh(first, "hostname; cat /proc/self/cgroup | head -1")
        assert marker.startswith("sandbox")
        # Only the supervisor (PID 1, root) and the probe itself are visible.
        listing = python(second, "import os\nprint(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))\n")
        pids = eval(listing)  # noqa: S307 - our own program's output: a list of ints
        assert 1 in pids and len(pids) <= 3


def test_no_network_interface_but_loopback(pool: DockerSandbox) -> None:
    with pool.session() as session:
        assert python(session, "import socket\nprint(sorted(n for _, n in socket.if_nameindex()))\n") == "['lo']\n"


def test_root_file_system_is_read_only_and_scratch_space_is_capped(pool: DockerSandbox) -> None:
    with pool.session() as session:
        assert "Read-only file system" in sh(session, "echo x > /usr/evil; echo x > /evil")
        # With memory to spare (files in tmpfs are charged to it), the 512 MB cap stops the write.
        out = sh(session, "dd if=/dev/zero of=/tmp/fill bs=1M count=4096", Limits(cpu_ms=5000, memory_kb=1536 * 1024))
        assert "No space left on device" in out or "File too large" in out


def test_solutions_run_unprivileged_with_no_capabilities(pool: DockerSandbox) -> None:
    with pool.session() as session:
        status = sh(session, "id -u; grep -E '^Cap(Eff|Prm)' /proc/self/status")
        uid, cap_prm, cap_eff = status.split("\n")[:3]
        assert int(uid) >= 100_000
        assert cap_prm.split()[1] == cap_eff.split()[1] == "0000000000000000"


def container_of(pool: DockerSandbox, session: SandboxSession) -> Container:
    runner = pool.pool.leased[session.runner_id]  # type: ignore[attr-defined]
    return runner.container  # type: ignore[attr-defined, no-any-return]


def test_nothing_survives_into_the_next_submission(pool: DockerSandbox) -> None:
    with pool.session() as session:
        assert "parent done" in python(session, program("hostile/daemon.py"))
    with pool.session() as session:
        assert python(session, program("hostile/check_daemon.py")) == "CLEAN\n"


def test_containers_are_reused_and_retired_ones_are_removed() -> None:
    sandbox = DockerSandbox(pool_size=1, spare=0, reuse=2)
    try:
        used = []
        for _ in range(3):
            with sandbox.session() as session:
                used.append(container_of(sandbox, session))
        assert used[0].id == used[1].id != used[2].id
        client = docker.from_env()
        gone = used[0].id
        assert wait_until(lambda: not client.containers.list(all=True, filters={"id": gone}, ignore_removed=True))
        assert wait_until(lambda: sandbox.idle() == 1)
    finally:
        sandbox.close()


def test_a_dead_pooled_container_is_replaced(pool: DockerSandbox) -> None:
    assert wait_until(lambda: pool.idle() == pool.pool.warm_target)
    for runner in list(pool.pool.ready):
        try:
            runner.container.kill()  # type: ignore[attr-defined]
        except docker.errors.NotFound:
            pass  # the pool already removed it: dead all the same
    with pool.session() as session:  # the dead ones are skipped, a fresh one serves
        assert sh(session, "echo alive") == "alive\n"
    assert pool.pool.stats.retired["dead"] >= 1


def test_a_container_dying_mid_submission_is_a_sandbox_error(pool: DockerSandbox) -> None:
    with pytest.raises(SandboxError), pool.session() as session:
        container_of(pool, session).kill()
        session.execute(["true"], limits=LIMITS)


def test_pool_reports_not_ready_when_it_cannot_create_containers() -> None:
    sandbox = DockerSandbox(pool_size=1, spare=0)
    try:
        assert wait_until(lambda: sandbox.idle() == 1)
        sandbox.check()

        def broken(*_: object) -> dict[str, object]:
            raise docker.errors.APIError("daemon refuses")

        sandbox.container_options = broken  # type: ignore[method-assign]  # new containers fail from now on...
        sandbox.pool.retire(sandbox.pool.take(), "test")  # ...and the pool is empty
        assert wait_until(lambda: sandbox.pool.last_error is not None)
        with pytest.raises(SandboxError, match="daemon refuses"):
            sandbox.check()
    finally:
        sandbox.close()


def test_memory_limit_is_enforced_by_the_container_too(pool: DockerSandbox) -> None:
    # A single mapping populated at once is faster than any poll: the container's cgroup stops it.
    source = "import mmap\nm = mmap.mmap(-1, 6 << 30, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | 0x8000)\n"
    with pool.session() as session:
        lang = LANGUAGES["python"]
        assert Program(lang, source).compile(session, COMPILE).ok
        result = Program(lang, source).run(session, Limits(cpu_ms=5000, memory_kb=256 * 1024), b"")
        assert result.status in (RunStatus.MLE, RunStatus.RE)


def test_leftover_containers_are_labelled(pool: DockerSandbox) -> None:
    client = docker.from_env()
    # (one may be removed between the listing and its inspection: a used container goes at once)
    mine = client.containers.list(filters={"label": f"{LABEL}.owner={pool.owner}"}, ignore_removed=True)
    assert len(mine) >= 1
    attrs = mine[0].attrs["HostConfig"]
    assert attrs["NetworkMode"] == "none" and attrs["ReadonlyRootfs"] is True
    assert attrs["Memory"] == attrs["MemorySwap"] and attrs["PidsLimit"] == 512
    assert attrs["CapDrop"] == ["ALL"] and "no-new-privileges" in attrs["SecurityOpt"][0]
    # The only host paths it gets: its own cgroup slot (one folder per controller), which is
    # also its cgroup parent. No Docker socket, no host folder.
    slot = attrs["CgroupParent"]
    assert slot.startswith("/judge/")
    assert attrs["Binds"] and all(
        bind.startswith("/sys/fs/cgroup/") and bind.split(":")[0].endswith(slot) and ":/judge-cgroup/" in bind
        for bind in attrs["Binds"]
    ), attrs["Binds"]


def test_two_pools_in_one_process_leave_each_others_containers_alone() -> None:
    """A pool's sweep of stray containers once removed another pool's container mid-submission
    (same host and pid in the owner label); each pool's containers are its own now."""
    first = DockerSandbox(pool_size=1, spare=0)
    second = DockerSandbox(pool_size=1, spare=0)
    try:
        assert first.owner != second.owner
        with second.session() as session:
            assert wait_until(lambda: first.idle() == 1)
            first.next_garbage = 0.0
            first.collect_garbage()  # idle, so it sweeps: only its own strays
            assert sh(session, "echo still here") == "still here\n"
    finally:
        first.close()
        second.close()
