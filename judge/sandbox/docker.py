"""The `docker` backend: a pool of warm runner containers, each judging exactly one submission.

Containers are created and started ahead of need with the supervisor as their PID 1, waiting on
stdin. A session takes one, attaches to its stdin/stdout (docker_stream.py), runs the whole
submission through the supervisor protocol, and the container is then destroyed in the background
and replaced, so nothing a submission leaves behind reaches the next one.

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
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import docker
import docker.errors
import docker.types
from docker.models.containers import Container

from judge.sandbox import uids
from judge.sandbox.base import Sandbox, SandboxError, SandboxSession
from judge.sandbox.cgroups import CgroupHost, Slot
from judge.sandbox.docker_image import ensure_image
from judge.sandbox.docker_stream import DockerSession

log = logging.getLogger(__name__)

LABEL = "judge.runner"
PIDS_LIMIT = 512
CPUS = 1
TAKE_TIMEOUT_SECONDS = 60
# A warm container's supervisor exits when no judge has spoken to it for IDLE_EXIT_SECONDS, and the
# daemon then removes it (auto-remove): what a killed judge left behind cleans itself up. The pool
# recycles containers before that age.
IDLE_EXIT_SECONDS = 3600
RECYCLE_AFTER_SECONDS = 1800
GARBAGE_SECONDS = 10


class DockerSandbox(Sandbox):
    name = "docker"

    def __init__(
        self,
        *,
        pool_size: int,
        spare: int | None = None,
        memory_mb: int = 2304,
        work_mb: int = 512,
        tmp_mb: int = 512,
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
        self.pool_size = pool_size
        # Warm containers kept ready: one per concurrent submission, plus spares so that back-to-back
        # submissions (and a custom checker's second session) never wait for a start.
        self.warm_target = pool_size + (pool_size if spare is None else spare)
        self.memory_mb = memory_mb
        self.work_mb = work_mb
        self.tmp_mb = tmp_mb
        self.owner = f"{socket.gethostname()}:{os.getpid()}"
        self.cgroups = CgroupHost.detect()
        self.cgroups.sweep()
        self.slots: dict[str, Slot] = {}  # container id -> its cgroup slot
        self.unremoved: list[Slot] = []
        if not self.cgroups.usable:
            log.warning("docker sandbox: limits are APPROXIMATE (%s)", self.cgroups.problem)
        self.ready: queue.Queue[tuple[float, Container]] = queue.Queue()
        self.creating = 0
        self.active = 0  # sessions in use right now
        self.next_garbage = 0.0
        self.lock = threading.Lock()
        self.wanted = threading.Event()
        self.stopping = threading.Event()
        self.last_error: str | None = None
        self.removals = ThreadPoolExecutor(max_workers=2, thread_name_prefix="runner-remove")
        self.remove_leftovers()
        # Two refill threads create containers side by side: a start takes ~0.2 s of the daemon's
        # time, and a burst of submissions should not queue behind one creation after another.
        self.refillers = [
            threading.Thread(target=self.refill_loop, name=f"runner-refill-{n}", daemon=True) for n in range(2)
        ]
        for refiller in self.refillers:
            refiller.start()

    # --- the pool ---------------------------------------------------------------------------------

    def accounting(self) -> str:
        return self.cgroups.describe()

    def container_options(self, slot: Slot | None) -> dict[str, Any]:
        command = ["python3", "-S", "/opt/judge/inside", "--workdir", "/work", "--launcher", "/opt/judge/launcher"]
        command += ["--run-uid", str(uids.allocate())]
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

    def refill_loop(self) -> None:
        backoff = 0.5
        while not self.stopping.is_set():
            with self.lock:
                warm = self.ready.qsize() + self.creating
                missing = self.warm_target - warm
                # Starting a container costs the daemon ~0.2 s of CPU, which would slow the
                # submissions being judged right now: while any is, refill only below pool_size;
                # the spares are made when the machine is idle.
                if self.active > 0 and warm >= self.pool_size:
                    missing = 0
                if missing > 0:
                    self.creating += 1
            if missing <= 0:
                self.wanted.wait(1.0)
                self.wanted.clear()
                self.collect_garbage()
                self.release_unremoved()
                continue
            try:
                container = self.create_container()
            except (docker.errors.DockerException, RuntimeError, OSError) as e:
                self.last_error = f"cannot create a runner container: {e}"
                log.error("%s (retrying in %.1f s)", self.last_error, backoff)
                self.stopping.wait(backoff)
                backoff = min(backoff * 2, 10.0)
                continue
            finally:
                with self.lock:
                    self.creating -= 1
            backoff = 0.5
            self.last_error = None
            if self.stopping.is_set():
                self.discard(container)
            else:
                self.ready.put((time.monotonic(), container))

    def take(self) -> Container:
        while True:
            self.wanted.set()
            try:
                created, container = self.ready.get(timeout=TAKE_TIMEOUT_SECONDS)
            except queue.Empty:
                raise SandboxError(f"no runner container became ready: {self.last_error or 'pool exhausted'}") from None
            self.wanted.set()  # one fewer in the pool: start its replacement now
            if time.monotonic() - created < RECYCLE_AFTER_SECONDS:
                return container
            self.discard(container)  # close to its idle exit: too old to trust

    def discard(self, container: Container) -> None:
        with self.lock:
            slot = self.slots.pop(container.id, None)

        def remove() -> None:
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

        try:
            self.removals.submit(remove)
        except RuntimeError:  # shutting down
            remove()

    def collect_garbage(self) -> None:
        """While nothing is judged, remove our containers that are neither warm nor in use (a
        used one whose supervisor did not exit). At most every GARBAGE_SECONDS."""
        now = time.monotonic()
        with self.lock:
            if self.active > 0 or self.creating > 0 or now < self.next_garbage:
                return
            self.next_garbage = now + GARBAGE_SECONDS
            keep = {container.id for _, container in list(self.ready.queue)}
        try:
            mine = self.client.containers.list(
                all=True, filters={"label": f"{LABEL}.owner={self.owner}"}, ignore_removed=True
            )
        except docker.errors.DockerException:
            return
        for container in mine:
            with self.lock:
                busy = self.active > 0 or self.creating > 0
            if container.id not in keep and not busy:
                self.discard(container)

    def remove_leftovers(self) -> None:
        """Containers of judge processes on this host that died without cleaning up."""
        host = socket.gethostname()
        for container in self.client.containers.list(all=True, filters={"label": LABEL}, ignore_removed=True):
            owner = container.labels.get(f"{LABEL}.owner", "")
            name, _, pid = owner.rpartition(":")
            if name == host and pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
                self.discard(container)

    # --- sessions ---------------------------------------------------------------------------------

    def attach(self, container: Container) -> DockerSession:
        # Under a millisecond, and it spares waiting out the hello timeout on a container that
        # died in the pool (a daemon restart, an OOM kill of its supervisor).
        container.reload()
        if container.status != "running":
            raise SandboxError(f"container {container.short_id} is {container.status}")
        stream = self.client.api.attach_socket(container.id, params={"stdin": 1, "stdout": 1, "stream": 1})
        session = DockerSession(container, stream)
        try:
            session.hello()
        except SandboxError:
            session.close()
            raise
        return session

    def attach_any(self) -> tuple[DockerSession, Container]:
        last_error: Exception | None = None
        # After a daemon restart every warm container is dead: skip them all, then wait for new ones.
        for _ in range(self.warm_target + 3):
            container = self.take()
            try:
                return self.attach(container), container
            except (docker.errors.DockerException, SandboxError, OSError) as e:
                # A pooled container that died (daemon restart, OOM) is simply replaced.
                last_error = e
                log.warning("runner container %s unusable: %s", container.short_id, e)
                self.discard(container)
        raise SandboxError(f"no usable runner container: {last_error}")

    @contextmanager
    def session(self) -> Iterator[SandboxSession]:
        with self.lock:
            self.active += 1  # from the take on: the garbage sweep must not touch our container
        try:
            session, container = self.attach_any()
        except BaseException:
            with self.lock:
                self.active -= 1
            raise
        clean = False
        try:
            yield session
            clean = True
        finally:
            try:
                session.close()
            finally:
                # After a clean goodbye the supervisor (PID 1) exits, which ends every process of
                # the container, and the daemon auto-removes it; a broken one is removed by force.
                # Either way its cgroup slot goes once the container is gone, in the background.
                if not clean or session.broken:
                    log.warning("runner container %s discarded after a failure", container.short_id)
                self.discard(container)
                with self.lock:
                    self.active -= 1
                self.wanted.set()

    def check(self) -> None:
        try:
            self.client.ping()
        except docker.errors.DockerException as e:
            raise SandboxError(f"the Docker daemon does not answer: {e}") from e
        if not any(refiller.is_alive() for refiller in self.refillers):
            raise SandboxError("the pool's refill threads died")
        if self.ready.empty() and self.last_error:
            raise SandboxError(self.last_error)

    def idle(self) -> int | None:
        return self.ready.qsize()

    def close(self) -> None:
        self.stopping.set()
        self.wanted.set()
        for refiller in self.refillers:
            refiller.join(timeout=30)
        while True:
            try:
                self.discard(self.ready.get_nowait()[1])
            except queue.Empty:
                break
        self.removals.shutdown(wait=True)


def docker_available(timeout: float = 3.0) -> bool:
    """Does a Docker daemon answer here (JUDGE_RUNNER=auto)?"""
    try:
        client = docker.from_env(timeout=int(timeout))
        client.ping()
        client.close()
        return True
    except docker.errors.DockerException:
        return False
