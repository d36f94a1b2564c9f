"""The `docker` backend: runner containers, kept warm and reused by the pool (judge/sandbox/pool.py).

A container is created and started ahead of need with the supervisor as its PID 1, waiting on
stdin; the pool attaches to its stdin/stdout once (docker_stream.py) and keeps that channel for
the container's life. Between two submissions the supervisor resets the container (every process
killed, every file, IPC object and socket gone, a new run uid and run cgroup); the pool retires it
after JUDGE_RUNNER_REUSE submissions, after an hour, or at the first anomaly, and only then is a
container removed and another created, in the pool's threads, never on the request path.

Accounting: each container gets a cgroup slot of its own (judge/sandbox/cgroups.py) as its cgroup
parent, bind-mounted writable at /judge-cgroup; the supervisor makes a cgroup per command in it.
The slot carries the container's memory and process limits, so runs cannot exceed what the
container was given. That slot is all of the host's cgroup tree the container can write.

Hardening of every container: no network at all; read-only root file system; size-capped tmpfs
work dir and /tmp; memory limit with swap equal to it; a pids limit; one CPU; no-new-privileges;
the default seccomp profile; every capability dropped except the three the supervisor needs (SETUID
and SETGID to run each command as an unprivileged uid unique on the host, KILL to clean up after
it), which the launcher gives up before the solution starts. No host path and no Docker socket is mounted: sources,
inputs and outputs cross the attached stream, and hidden answers never enter a container.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import docker
import docker.errors
import docker.types
from docker.models.containers import Container

from judge.sandbox import uids
from judge.sandbox.base import SandboxError
from judge.sandbox.cgroups import CgroupHost, Slot
from judge.sandbox.docker_image import ensure_image
from judge.sandbox.docker_stream import DockerSession
from judge.sandbox.pool import DEFAULT_MAX_AGE_SECONDS, DEFAULT_REUSE, PooledSandbox, Runner, RunnerPool

log = logging.getLogger(__name__)

LABEL = "judge.runner"
PIDS_LIMIT = 512
CPUS = 1
# A container's supervisor exits when no judge has spoken to it for IDLE_EXIT_SECONDS, and the
# daemon then removes it (auto-remove): what a killed judge left behind cleans itself up. The pool
# retires containers at DEFAULT_MAX_AGE_SECONDS, before that.
IDLE_EXIT_SECONDS = DEFAULT_MAX_AGE_SECONDS + 600
GARBAGE_SECONDS = 10


class ContainerRunner(Runner):
    def __init__(self, sandbox: DockerSandbox, container: Container, channel: DockerSession) -> None:
        super().__init__(channel)
        self.sandbox = sandbox
        self.container = container

    @property
    def ident(self) -> str:
        return self.container.id

    def destroy(self) -> None:
        self.channel.close()  # a goodbye: the supervisor exits, and the daemon auto-removes it
        self.sandbox.remove(self.container)


class DockerSandbox(PooledSandbox):
    name = "docker"

    def __init__(
        self,
        *,
        pool_size: int,
        spare: int | None = None,
        memory_mb: int = 2304,
        work_mb: int = 512,
        tmp_mb: int = 512,
        reuse: int = DEFAULT_REUSE,
        max_age_seconds: float = DEFAULT_MAX_AGE_SECONDS,
        client: docker.DockerClient | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        try:
            self.client = client or docker.from_env(timeout=120)
            self.client.ping()
        except docker.errors.DockerException as e:
            raise SandboxError(f"the Docker daemon does not answer: {e}") from e
        self.progress = progress
        self.image = ensure_image(self.client, progress)
        self.memory_mb = memory_mb
        self.work_mb = work_mb
        self.tmp_mb = tmp_mb
        # host:pid:instance. The instance part keeps two pools of one process (tests, a checker)
        # from sweeping each other's containers as strays.
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self.cgroups = CgroupHost.detect()
        self.cgroups.sweep()
        self.slots: dict[str, Slot] = {}  # container id -> its cgroup slot
        self.unremoved: list[Slot] = []
        if not self.cgroups.usable:
            log.warning("docker sandbox: limits are APPROXIMATE (%s)", self.cgroups.problem)
        self.lock = threading.Lock()
        self.next_garbage = 0.0
        self.remove_leftovers()
        self.pool = RunnerPool(
            make=self.start_runner,
            pool_size=pool_size,
            spare=spare,
            reuse=reuse,
            max_age_seconds=max_age_seconds,
            name="runner container",
            on_idle=self.housekeeping,
        )

    def accounting(self) -> str:
        return self.cgroups.describe()

    # --- containers -----------------------------------------------------------------------------

    def container_options(self, slot: Slot | None) -> dict[str, Any]:
        command = ["python3", "-S", "/opt/judge/inside", "--workdir", "/work", "--launcher", "/opt/judge/launcher"]
        command += ["--run-uid", str(uids.allocate()), "--idle-exit", str(int(IDLE_EXIT_SECONDS))]
        cgroup: dict[str, Any] = {}
        if slot is not None:
            command += ["--cgroup", slot.spec]
            cgroup = {
                "cgroup_parent": slot.parent,
                "volumes": {host: {"bind": inside, "mode": "rw"} for host, inside in slot.mounts()},
            }
            if slot.version == 2:
                # Moving a command from the container's cgroup to its sibling run cgroup is allowed
                # only within the mover's cgroup namespace.
                cgroup["cgroupns"] = "host"
        return {
            "image": self.image,
            "command": command,
            **cgroup,
            "detach": True,
            "auto_remove": True,
            "stdin_open": True,
            "tty": False,
            "user": "0:0",
            "hostname": "sandbox",
            "environment": {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp"},
            "network_mode": "none",
            "read_only": True,
            "tmpfs": {
                "/work": f"size={self.work_mb}m,mode=1777,exec,nosuid,nodev",
                "/tmp": f"size={self.tmp_mb}m,mode=1777,exec,nosuid,nodev",
            },
            "mem_limit": f"{self.memory_mb}m",
            "memswap_limit": f"{self.memory_mb}m",
            "pids_limit": PIDS_LIMIT,
            "nano_cpus": CPUS * 1_000_000_000,
            "cap_drop": ["ALL"],
            "cap_add": ["SETUID", "SETGID", "KILL"],
            "security_opt": ["no-new-privileges"],
            "ipc_mode": "private",
            "log_config": docker.types.LogConfig(type="none"),
            "labels": {LABEL: "1", f"{LABEL}.owner": self.owner},
        }

    def create_container(self) -> Container:
        slot = None
        if self.cgroups.usable:
            slot = self.cgroups.create(memory_bytes=self.memory_mb * 1024 * 1024, pids=PIDS_LIMIT, cpus=CPUS)
        try:
            try:
                container = self.client.containers.run(**self.container_options(slot))
            except docker.errors.ImageNotFound:
                # Someone removed the image under us: build it again, then retry once.
                self.image = ensure_image(self.client, self.progress)
                container = self.client.containers.run(**self.container_options(slot))
        except BaseException:
            self.release(slot)
            raise
        if slot is not None:
            with self.lock:
                self.slots[container.id] = slot
        return container

    def start_runner(self) -> ContainerRunner:
        """A new container, attached and greeted (the pool's threads call this)."""
        try:
            container = self.create_container()
        except docker.errors.DockerException as e:
            raise SandboxError(f"cannot create a runner container: {e}") from e
        try:
            stream = self.client.api.attach_socket(container.id, params={"stdin": 1, "stdout": 1, "stream": 1})
            channel = DockerSession(container, stream)
        except (docker.errors.DockerException, OSError) as e:
            self.remove(container)
            raise SandboxError(f"cannot attach to runner container {container.short_id}: {e}") from e
        try:
            channel.hello()
        except SandboxError:
            channel.close()
            self.remove(container)
            raise
        return ContainerRunner(self, container, channel)

    def remove(self, container: Container) -> None:
        """Remove a container (blocking) and then its cgroup slot."""
        with self.lock:
            slot = self.slots.pop(container.id, None)
        try:
            container.remove(force=True)
        except docker.errors.NotFound:
            pass
        except docker.errors.APIError as e:
            if e.status_code != 409:  # 409: the daemon is already auto-removing it
                log.warning("could not remove runner container %s: %s", container.short_id, e)
        except docker.errors.DockerException as e:
            log.warning("could not remove runner container %s: %s", container.short_id, e)
        self.release(slot)

    def release(self, slot: Slot | None) -> None:
        """Remove a slot whose container is gone; one still busy is tried again later."""
        if slot is None:
            return
        if not self.cgroups.remove(slot):
            with self.lock:
                self.unremoved.append(slot)

    def release_unremoved(self) -> None:
        with self.lock:
            slots, self.unremoved = self.unremoved, []
        for slot in slots:
            self.release(slot)

    def housekeeping(self) -> None:
        self.release_unremoved()
        self.collect_garbage()

    def collect_garbage(self) -> None:
        """While nothing is judged, remove our containers the pool does not hold (one whose
        removal failed, one a crash left between creation and the pool). At most every
        GARBAGE_SECONDS."""
        now = time.monotonic()
        if self.pool.busy() or now < self.next_garbage:
            return
        self.next_garbage = now + GARBAGE_SECONDS
        keep = {runner.ident for runner in self.pool.held()}
        try:
            mine = self.client.containers.list(
                all=True, filters={"label": f"{LABEL}.owner={self.owner}"}, ignore_removed=True
            )
        except docker.errors.DockerException:
            return
        for container in mine:
            if container.id not in keep and not self.pool.busy():
                self.remove(container)

    def remove_leftovers(self) -> None:
        """Containers of judge processes on this host that died without cleaning up."""
        host = socket.gethostname()
        for container in self.client.containers.list(all=True, filters={"label": LABEL}, ignore_removed=True):
            owner = container.labels.get(f"{LABEL}.owner", "")
            name, _, pid = owner.partition(":")
            pid = pid.partition(":")[0]
            if name == host and pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
                self.remove(container)

    # --- the Sandbox interface --------------------------------------------------------------------

    def check(self) -> None:
        try:
            self.client.ping()
        except docker.errors.DockerException as e:
            raise SandboxError(f"the Docker daemon does not answer: {e}") from e
        self.pool.check()

    def close(self) -> None:
        self.pool.close()
        self.release_unremoved()


def docker_available(timeout: float = 3.0) -> bool:
    """Does a Docker daemon answer here (JUDGE_RUNNER=auto)?"""
    try:
        client = docker.from_env(timeout=int(timeout))
        client.ping()
        client.close()
        return True
    except docker.errors.DockerException:
        return False
